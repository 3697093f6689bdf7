package org.onetrip.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.devices.codescanner.CodeScannerSettings;
import org.onetrip.devices.codescanner.sim.CodeScannerSimulator;

/** {@code ./onetrip diag code-scanner} and {@code ./onetrip sim code-scanner} as the launcher runs them. */
class CodeScannerCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new OneTrip(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> new char[0]).run(args);
    }

    @Test
    void diagReadsOneCodeFromTheScannerAndPrintsItMasked() throws Exception {
        try (CodeScannerSimulator sim = new CodeScannerSimulator(CodeScannerSettings.continuous(),
                Optional.of(dir.resolve("ttySCAN")))) {
            sim.hold("134567890123456789");

            assertThat(run("diag", "code-scanner", "--serial", sim.portPath(), "--json")).isZero();
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"code\":\"1345**********6789\"", "\"length\":18")
                .doesNotContain("134567890123456789");
    }

    @Test
    void theScannerIsAmongTheDevicesOfDiagAndSim() {
        assertThat(run("diag", "help")).isZero();
        assertThat(run("sim", "code-scanner")).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("code-scanner", "--serial-link PATH is required");
    }
}
