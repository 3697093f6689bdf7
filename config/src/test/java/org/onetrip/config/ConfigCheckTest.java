package org.onetrip.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCheckTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aValidDirectoryPrintsItsCountsAndReturnsZero() {
        int status = run(ConfigDirectory.SHIPPED);

        assertThat(status).isZero();
        assertThat(text(out)).isEqualTo("OK: " + ConfigDirectory.SHIPPED
                + " (24 matters, 3 bundles, 7 certificate types, 4 devices)" + System.lineSeparator());
        assertThat(text(err)).isEmpty();
    }

    @Test
    void anInvalidDirectoryPrintsEveryProblemAndReturnsOne(@TempDir Path dir) {
        ConfigDirectory config = new ConfigDirectory(dir);
        config.editKiosk("port: 9100", "port: abc").editCatalog("    department: SCJGJ", "    department: SCJG").write();

        int status = run(dir);

        assertThat(status).isEqualTo(1);
        assertThat(text(out)).isEmpty();
        assertThat(text(err).split(System.lineSeparator())).satisfiesExactly(
                line -> assertThat(line).startsWith(config.kioskFile() + ":").contains("devices.receiptPrinter.port:"),
                line -> assertThat(line).startsWith(config.catalogFile() + ":").contains("matters[0].department:"),
                line -> assertThat(line).isEqualTo("2 problems in " + dir));
    }

    private int run(Path dir) {
        return new ConfigCheck().run(dir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
