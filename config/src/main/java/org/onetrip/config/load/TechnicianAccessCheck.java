package org.onetrip.config.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.onetrip.config.KioskSettings;
import org.onetrip.config.MaintenanceSettings;
import org.onetrip.config.PinHash;
import org.onetrip.config.devices.DeviceConnection;

/**
 * The rules on technician PINs that only a whole kiosk.yaml can be judged by. Outside the demo
 * (a configuration with at least one real device), a configuration is refused when:
 * <ul>
 * <li>the file holding the PIN hashes can be read by anybody but its owner (it must be 0600);</li>
 * <li>a PIN is the demo PIN, found by hashing the demo PIN with each configured salt;</li>
 * <li>a PIN is shorter than {@value PinHash#MIN_DIGITS} digits, or its hash does not say (the older
 *     PBKDF2 form).</li>
 * </ul>
 * The demo, whose every device is a simulator, keeps its published PIN in a file anybody may read.
 */
final class TechnicianAccessCheck {

    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    private static final String HASH_PIN = "./onetrip config hash-pin";

    private TechnicianAccessCheck() {
    }

    /** Whether the configuration is a demo: every device is a simulator. */
    static boolean isDemo(KioskSettings kiosk) {
        return kiosk.devices().stream().allMatch(device -> device.connection() instanceof DeviceConnection.Simulated);
    }

    static void check(KioskSettings kiosk, YamlFile file, Path path) {
        if (isDemo(kiosk)) {
            return;
        }
        checkReadableByOwnerOnly(file, path);
        List<PinHash> pins = kiosk.maintenance().technicianPins();
        for (int i = 0; i < pins.size(); i++) {
            PinHash pin = pins.get(i);
            String key = "maintenance.technicianPins[" + i + "]";
            if (pin.digits().isEmpty()) {
                file.problemAt(key, "this " + PinHash.Pbkdf2.SCHEME + " hash does not say how long its PIN is, and a"
                        + " guess at it is cheap; make an Argon2id hash of a PIN of " + PinHash.MIN_DIGITS
                        + " or more digits with " + HASH_PIN);
            } else if (pin.digits().getAsInt() < PinHash.MIN_DIGITS) {
                file.problemAt(key, "the PIN has " + pin.digits().getAsInt() + " digits; a technician PIN has "
                        + PinHash.MIN_DIGITS + " or more: make a new one with " + HASH_PIN);
            }
            if (pin.matches(MaintenanceSettings.DEMO_PIN.toCharArray())) {
                file.problemAt(key, "this is the demo PIN, published in the README; a kiosk with real devices needs"
                        + " its own: make one with " + HASH_PIN);
            }
        }
    }

    private static void checkReadableByOwnerOnly(YamlFile file, Path path) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(path);
        } catch (UnsupportedOperationException | IOException e) {
            // a file system without POSIX permissions: nothing to judge
            return;
        }
        if (!OWNER_ONLY.containsAll(permissions)) {
            file.problemAt("maintenance", path + " holds technician PIN hashes and can be read by others (mode "
                    + PosixFilePermissions.toString(permissions) + "); run: chmod 600 " + path
                    + " (owned by the kiosk's user)");
        }
    }
}
