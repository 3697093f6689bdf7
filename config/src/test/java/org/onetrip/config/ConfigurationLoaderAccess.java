package org.onetrip.config;

import java.nio.file.Path;
import java.util.List;

/** A test configuration directory whose devices section is given whole, for tests in other packages. */
public final class ConfigurationLoaderAccess {

    private final ConfigDirectory directory;

    private ConfigurationLoaderAccess(ConfigDirectory directory) {
        this.directory = directory;
    }

    /** The test baseline with {@code devices:} followed by {@code devicesBody} (indented two spaces). */
    public static ConfigurationLoaderAccess withDevices(Path dir, String devicesBody) {
        ConfigDirectory directory = new ConfigDirectory(dir);
        directory.editKiosk("""
                devices:
                  receiptPrinter:
                    kind: tcp
                    host: 127.0.0.1
                    port: 9100
                """, "devices:\n" + devicesBody.stripTrailing() + "\n");
        return new ConfigurationLoaderAccess(directory);
    }

    public Configuration load() {
        return directory.load();
    }

    public List<ConfigurationProblem> problems() {
        return directory.problems();
    }
}
