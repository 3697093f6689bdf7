package org.onetrip.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.config.calendar.WorkingDayCalendar;
import org.onetrip.config.catalog.CertificateSource;
import org.onetrip.config.catalog.CertificateType;
import org.onetrip.config.catalog.Material;
import org.onetrip.config.catalog.MaterialRequirement;
import org.onetrip.config.catalog.Matter;
import org.onetrip.config.catalog.ServiceCatalog;
import org.onetrip.config.devices.DeviceConnection;
import org.onetrip.config.devices.DeviceKind;
import org.onetrip.config.devices.DeviceRole;
import org.onetrip.config.devices.RoleOptions;

/** The configuration shipped in conf/ loads, and offers what a real after-hours hall offers. */
class ShippedConfigurationTest {

    private final Configuration configuration = new ConfigurationLoader().load(ConfigDirectory.SHIPPED);
    private final ServiceCatalog catalog = configuration.catalog();

    @Test
    void theCatalogIsBigEnoughForTheDemo() {
        assertThat(catalog.matters()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(catalog.departments()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(catalog.matters().stream().map(Matter::department).distinct()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(catalog.bundles()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(catalog.certificateTypes()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(catalog.version()).isEqualTo("2026.11-demo");
    }

    @Test
    void theCertificatesAreThoseHallsPrint() {
        assertThat(catalog.certificateTypes()).extracting(type -> type.name().zh()).contains(
                "个人社保参保证明", "无犯罪记录证明", "户籍证明", "住房公积金缴存证明", "完税证明", "营业执照副本打印");
        assertThat(catalog.certificateTypes()).extracting(CertificateType::source)
                .contains(CertificateSource.DATA, CertificateSource.PDF);
    }

    @Test
    void theCatalogUsesElectronicLicencesTopUpsAndCommitments() {
        assertThat(catalog.materials()).filteredOn(Material::electronicLicence).hasSizeGreaterThanOrEqualTo(3);
        assertThat(catalog.matters().stream().flatMap(matter -> matter.materials().stream()))
                .anyMatch(MaterialRequirement::mayTopUpLater)
                .anyMatch(MaterialRequirement::acceptsCommitment);
        assertThat(catalog.matters()).anyMatch(matter -> !matter.fee().isFree());
        assertThat(catalog.matters()).anyMatch(matter -> !matter.online());
    }

    @Test
    void theStartingABusinessBundleAsksSharedThingsOnce() {
        var requirements = catalog.requirementsOf(catalog.bundle("YJS-QYKB").orElseThrow());

        assertThat(requirements.fields()).filteredOn(field -> field.field().equals("CREDIT_CODE")).singleElement()
                .satisfies(field -> assertThat(field.matters()).containsExactly(
                        "GAJ-YZKZBA", "RMYH-QYKHYY", "SWJ-FPPZHD", "RSJ-DWCBDJ", "GJJ-DWJCDJ"));
        assertThat(requirements.materials()).filteredOn(m -> m.material().equals("ENTITY_REGISTRATION")).singleElement()
                .satisfies(material -> {
                    assertThat(material.matters()).hasSize(5);
                    assertThat(material.mayTopUpLater()).isTrue();
                });
        assertThat(requirements.materials()).filteredOn(m -> m.material().equals("ID_CARD")).singleElement()
                .satisfies(material -> assertThat(material.matters()).containsExactly("SCJG-GSSLDJ", "GAJ-YZKZBA", "SWJ-FPPZHD"));
    }

    @Test
    void citizensFindMattersByPinyinInitials() {
        assertThat(catalog.searchMatters("shbzk")).extracting(Matter::code).containsExactly("RSJ-SBKSL");
        assertThat(catalog.searchMatters("公积金")).extracting(Matter::code).contains("GJJ-ZFTQ", "GJJ-GFTQ");
        assertThat(catalog.mattersOfLifeEvent("SYCS")).extracting(Matter::code)
                .contains("GAJ-XSECSDJ", "YBJ-XSECB", "RSJ-SBKSL", "WJJ-CSYXZMQF");
    }

    @Test
    void theDemoKioskUsesSimulatorsAndTheLocalBackend() {
        KioskSettings kiosk = configuration.kiosk();

        assertThat(kiosk.identity().id()).isEqualTo("SZ-NS-0001");
        assertThat(kiosk.devices()).hasSize(4)
                .allSatisfy(device -> assertThat(device.connection().kind()).isEqualTo(DeviceKind.SIMULATED));
        assertThat(kiosk.device(DeviceRole.RECEIPT_PRINTER).orElseThrow().options())
                .isEqualTo(new RoleOptions.ReceiptPrinterOptions(80));
        assertThat(kiosk.backend().url()).isEqualTo(URI.create("https://127.0.0.1:18080/api/v1/"));
        assertThat(kiosk.dataDirectory()).isEqualTo(Path.of("..", "data").toAbsolutePath().normalize());
        assertThat(kiosk.locales().defaultLocale()).isEqualTo(Locale.forLanguageTag("zh-CN"));
        assertThat(kiosk.timeouts()).isEqualTo(Timeouts.DEFAULT);
    }

    @Test
    void theDemoHallKeepsShanghaiTimeAndTheOfficialCalendars() {
        HallPolicy hall = configuration.kiosk().hall();

        assertThat(hall.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(hall.certificateVerificationUrl()).isEqualTo(URI.create("https://zwfw.example.gov.cn/verify"));
        assertThat(hall.certificateFonts()).isEqualTo(HallPolicy.DEBIAN_FONTS);
        assertThat(hall.calendar().years()).containsExactly(2026, 2027);
        assertThat(configuration.kiosk().timeouts().cardAway()).hasSeconds(30);
    }

    @Test
    void theShipped2026CalendarIsTheStateCouncilsArrangement() {
        WorkingDayCalendar calendar = configuration.kiosk().hall().calendar();

        // 春节: 15 to 23 February off, Saturdays 14 and 28 February worked
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 9))).isTrue();
        assertThat(calendar.holidayOn(LocalDate.of(2026, 6, 19))).hasValue("端午节");
        assertThat(calendar.makeUpWorkingDays()).hasSize(6);
        assertThat(calendar.daysOff().keySet().stream().filter(day -> day.getYear() == 2026)).hasSize(33);
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 24), 20)).isEqualTo(LocalDate.of(2026, 10, 29));
        // 20 working days from Monday 7 December 2026: 18 in December, then 元旦 (Friday 1 January 2027) is off
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 7), 20)).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void theProvisional2027CalendarHoldsTheStatutoryHolidaysOnly() {
        WorkingDayCalendar calendar = configuration.kiosk().hall().calendar();

        assertThat(calendar.daysOff().keySet().stream().filter(day -> day.getYear() == 2027)).hasSize(13);
        assertThat(calendar.holidayOn(LocalDate.of(2027, 2, 5))).hasValue("春节");
        assertThat(calendar.holidayOn(LocalDate.of(2027, 2, 8))).hasValue("春节");
        assertThat(calendar.holidayOn(LocalDate.of(2027, 6, 9))).hasValue("端午节");
        assertThat(calendar.holidayOn(LocalDate.of(2027, 9, 15))).hasValue("中秋节");
        assertThat(calendar.makeUpWorkingDays()).noneMatch(day -> day.getYear() == 2027);
    }

    @Test
    void theDocumentedDemoPinOpensMaintenance() {
        MaintenanceSettings maintenance = configuration.kiosk().maintenance();

        assertThat(maintenance.acceptsPin("246810".toCharArray())).isTrue();
        assertThat(maintenance.acceptsPin("246811".toCharArray())).isFalse();
        assertThat(maintenance.maxWrongAttempts()).isEqualTo(5);
    }

    @Test
    void theDailyLimitOverrideOfTheDemoKioskApplies() {
        assertThat(configuration.dailyLimitFor(catalog.certificateType("ZM-HJ").orElseThrow())).isEqualTo(2);
        assertThat(configuration.dailyLimitFor(catalog.certificateType("ZM-WFZJL").orElseThrow())).isEqualTo(1);
        assertThat(configuration.dailyLimitFor(catalog.certificateType("ZM-SBCB").orElseThrow())).isEqualTo(3);
    }

    @Test
    void theProductionExampleLoadsWithRealDeviceKinds(@TempDir Path installed) throws IOException {
        // installed as the example says: copied, with kiosk.yaml readable by the kiosk's user only
        Path example = copyOfShipped(installed).resolve("examples/production");
        Files.setPosixFilePermissions(example.resolve("kiosk.yaml"), PosixFilePermissions.fromString("rw-------"));
        KioskSettings kiosk = new ConfigurationLoader().load(example).kiosk();

        assertThat(kiosk.device(DeviceRole.ID_CARD_READER).orElseThrow().connection())
                .isEqualTo(new DeviceConnection.Serial("/dev/ttyUSB0", 115200));
        assertThat(kiosk.device(DeviceRole.RECEIPT_PRINTER).orElseThrow().connection())
                .isEqualTo(new DeviceConnection.Tcp("10.20.0.31", 9100));
        assertThat(kiosk.device(DeviceRole.CERTIFICATE_PRINTER).orElseThrow().connection())
                .isEqualTo(new DeviceConnection.Ipp(URI.create("ipp://10.20.0.32:631/ipp/print")));
        assertThat(kiosk.device(DeviceRole.SCANNER).orElseThrow().connection())
                .isEqualTo(new DeviceConnection.Escl(URI.create("http://10.20.0.33/eSCL/")));
        assertThat(kiosk.backend().clientKeyStore()).hasValueSatisfying(store -> assertThat(store.password())
                .contains(new SecretSource.FromFile(Path.of("/etc/onetrip/tls/client-key.password"))));
        assertThat(kiosk.timeouts().backendCall()).hasSeconds(20);
        assertThat(kiosk.dataDirectory()).isEqualTo(Path.of("/var/lib/onetrip"));
        assertThat(kiosk.timeouts().cardAway()).hasSeconds(20);
        assertThat(kiosk.hall().certificateVerificationUrl().getScheme()).isEqualTo("https");
        // the hall's own day off over the official calendar
        assertThat(kiosk.hall().calendar().holidayOn(LocalDate.of(2026, 12, 31))).isPresent();
        assertThat(kiosk.hall().calendar().isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
    }

    /** The shipped conf/ directory copied into {@code target}, links followed; returns the copy. */
    private static Path copyOfShipped(Path target) throws IOException {
        Path source = ConfigDirectory.SHIPPED.toRealPath();
        Path copy = target.resolve("conf");
        try (Stream<Path> files = Files.walk(source, FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : files.toList()) {
                Path to = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return copy;
    }
}
