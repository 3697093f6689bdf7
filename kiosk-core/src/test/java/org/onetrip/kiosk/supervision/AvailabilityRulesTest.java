package org.onetrip.kiosk.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.onetrip.config.LocalizedText;
import org.onetrip.config.catalog.Fee;
import org.onetrip.config.catalog.Matter;
import org.onetrip.config.catalog.MaterialRequirement;
import org.onetrip.config.devices.DeviceRole;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.kiosk.shell.Availability;
import org.onetrip.kiosk.shell.Journey;
import org.onetrip.kiosk.shell.OutOfServiceReason;

/** The availability rules, one row per situation. */
class AvailabilityRulesTest {
    private static final Instant T = Instant.parse("2026-11-21T14:00:00Z");
    private static final DeviceState UP = DeviceState.ONLINE;
    private static final DeviceState DOWN = DeviceState.OFFLINE;
    private static final DeviceState NONE = null;

    private static final Set<OfferedService> EVERYTHING = EnumSet.allOf(OfferedService.class);

    static Stream<Arguments> table() {
        // idcard, receipt, certificate, scanner -> services (empty set = out of service for a device fault)
        return Stream.of(
                row(UP, UP, UP, UP, EnumSet.of(OfferedService.FILE_WITH_SCAN, OfferedService.PRINT_CERTIFICATE, OfferedService.CHECK_PROGRESS)),
                row(UP, UP, DOWN, UP, EnumSet.of(OfferedService.FILE_WITH_SCAN, OfferedService.CHECK_PROGRESS)),
                row(UP, UP, NONE, UP, EnumSet.of(OfferedService.FILE_WITH_SCAN, OfferedService.CHECK_PROGRESS)),
                row(UP, UP, UP, DOWN, EnumSet.of(OfferedService.FILE_WITHOUT_SCAN, OfferedService.PRINT_CERTIFICATE, OfferedService.CHECK_PROGRESS)),
                row(UP, UP, UP, NONE, EnumSet.of(OfferedService.FILE_WITHOUT_SCAN, OfferedService.PRINT_CERTIFICATE, OfferedService.CHECK_PROGRESS)),
                row(UP, DOWN, UP, UP, EnumSet.of(OfferedService.PRINT_CERTIFICATE, OfferedService.CHECK_PROGRESS)),
                row(UP, DOWN, DOWN, DOWN, EnumSet.of(OfferedService.CHECK_PROGRESS)),
                row(UP, DeviceState.DEGRADED, DeviceState.BUSY, UP, EnumSet.of(OfferedService.FILE_WITH_SCAN, OfferedService.PRINT_CERTIFICATE, OfferedService.CHECK_PROGRESS)),
                row(UP, DeviceState.HARDWARE_ERROR, DeviceState.POWER_OFF, UP, EnumSet.of(OfferedService.CHECK_PROGRESS)),
                row(DOWN, UP, UP, UP, EnumSet.noneOf(OfferedService.class)),
                row(DeviceState.HARDWARE_ERROR, UP, UP, UP, EnumSet.noneOf(OfferedService.class)),
                row(NONE, UP, UP, UP, EnumSet.noneOf(OfferedService.class)));
    }

    private static Arguments row(DeviceState idcard, DeviceState receipt, DeviceState certificate, DeviceState scanner,
            Set<OfferedService> expected) {
        return Arguments.of(idcard, receipt, certificate, scanner, expected);
    }

    @ParameterizedTest(name = "idcard {0}, receipt {1}, certificate {2}, scanner {3} -> {4}")
    @MethodSource("table")
    void offersWhatTheDevicesAllow(DeviceState idcard, DeviceState receipt, DeviceState certificate, DeviceState scanner,
            Set<OfferedService> expected) {
        Map<DeviceRole, DeviceStatus> devices = new EnumMap<>(DeviceRole.class);
        put(devices, DeviceRole.ID_CARD_READER, idcard);
        put(devices, DeviceRole.RECEIPT_PRINTER, receipt);
        put(devices, DeviceRole.CERTIFICATE_PRINTER, certificate);
        put(devices, DeviceRole.SCANNER, scanner);

        Offer offer = AvailabilityRules.offer(devices, ServiceMode.NORMAL);

        assertThat(offer.services()).isEqualTo(expected);
        if (expected.isEmpty()) {
            assertThat(offer.availability()).isEqualTo(Availability.outOfService(OutOfServiceReason.DEVICE_FAULT));
        } else {
            assertThat(offer.availability()).isEqualTo(Availability.IN_SERVICE);
        }
    }

    @Test
    void aTechnicianTakingTheKioskOutWinsOverHealthyDevices() {
        Offer offer = AvailabilityRules.offer(allUp(), ServiceMode.TAKEN_OUT);

        assertThat(offer.availability()).isEqualTo(Availability.outOfService(OutOfServiceReason.MAINTENANCE));
        assertThat(offer.services()).isEmpty();
    }

    @Test
    void limitsNameTheDeviceItsStateAndReasons() {
        Map<DeviceRole, DeviceStatus> devices = allUp();
        devices.put(DeviceRole.CERTIFICATE_PRINTER, new DeviceStatus(DeviceState.OFFLINE, Set.of(DeviceReason.PAPER_OUT), T, Optional.of("tray 1 empty")));

        Offer offer = AvailabilityRules.offer(devices, ServiceMode.NORMAL);

        assertThat(offer.limits()).containsExactly("certificatePrinter OFFLINE [PAPER_OUT]");
        assertThat(offer.offers(Journey.PRINT_CERTIFICATE)).isFalse();
        assertThat(offer.offers(Journey.FILE_APPLICATION)).isTrue();
    }

    @Test
    void withoutAScannerOnlyMattersThatNeedNothingScannedNowCanBeFiled() {
        Map<DeviceRole, DeviceStatus> devices = allUp();
        devices.remove(DeviceRole.SCANNER);
        Offer offer = AvailabilityRules.offer(devices, ServiceMode.NORMAL);

        Matter noMaterials = matter("A-NONE", List.of());
        Matter topUp = matter("A-TOPUP", List.of(new MaterialRequirement("M-DEED", Optional.of(5), Optional.empty())));
        Matter commitment = matter("A-PROMISE", List.of(new MaterialRequirement("M-DEED", Optional.empty(),
                Optional.of(new LocalizedText("本人承诺", "I promise")))));
        Matter mustScan = matter("A-SCAN", List.of(MaterialRequirement.of("M-DEED")));

        assertThat(offer.canFile(noMaterials)).isTrue();
        assertThat(offer.canFile(topUp)).isTrue();
        assertThat(offer.canFile(commitment)).isTrue();
        assertThat(offer.canFile(mustScan)).isFalse();
        assertThat(AvailabilityRules.offer(allUp(), ServiceMode.NORMAL).canFile(mustScan)).isTrue();
    }

    @Test
    void anOfferOutOfServiceCannotOfferServices() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Offer(
                Availability.outOfService(OutOfServiceReason.DEVICE_FAULT), EVERYTHING, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offers nothing");
    }

    private static Matter matter(String code, List<MaterialRequirement> materials) {
        return new Matter(code, new LocalizedText("事项", "Matter"), "DEPT", "registration", List.of(), List.of(), List.of(),
                materials, 5, Fee.FREE, true);
    }

    private static Map<DeviceRole, DeviceStatus> allUp() {
        Map<DeviceRole, DeviceStatus> devices = new EnumMap<>(DeviceRole.class);
        for (DeviceRole role : DeviceRole.values()) {
            put(devices, role, UP);
        }
        return devices;
    }

    private static void put(Map<DeviceRole, DeviceStatus> devices, DeviceRole role, DeviceState state) {
        if (state != null) {
            devices.put(role, DeviceStatus.of(state, T));
        }
    }
}
