package org.onetrip.devices.codescanner.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.devices.codescanner.CodeScannerSettings;
import org.onetrip.devices.codescanner.sim.CodeScannerSimulator;

class CodeScannerDiagnosisTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void aCodeShownToTheScannerIsPrintedMaskedWithStateAndLength() throws Exception {
        try (CodeScannerSimulator sim = new CodeScannerSimulator(CodeScannerSettings.continuous(),
                Optional.of(dir.resolve("ttySCAN")))) {
            sim.hold("134567890123456789");

            int exit = new CodeScannerDiagnosis(Clock.systemUTC()).run(new String[] {"--serial", sim.portPath(),
                    "--baud", "115200", "--json"}, out);

            assertThat(exit).isZero();
            String json = bytes.toString(StandardCharsets.UTF_8);
            assertThat(json).contains("\"state\":\"ONLINE\"", "\"code\":\"1345**********6789\"", "\"length\":18")
                    .doesNotContain("134567890123456789");
        }
    }

    @Test
    void theTriggeredModeIsReadInWords() throws Exception {
        try (CodeScannerSimulator sim = new CodeScannerSimulator(CodeScannerSettings.triggered(),
                Optional.of(dir.resolve("ttySCAN")))) {
            sim.present("33010026120000000017");

            int exit = new CodeScannerDiagnosis(Clock.systemUTC()).run(new String[] {"--serial", sim.portPath(),
                    "--mode", "triggered"}, out);

            assertThat(exit).isZero();
            assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("state     ONLINE", "code      3301************0017",
                    "length    20");
        }
    }

    @Test
    void aMissingPortIsExitOneAndABadArgumentExitTwo() {
        assertThat(new CodeScannerDiagnosis(Clock.systemUTC()).run(new String[] {"--serial",
                dir.resolve("nothing-here").toString(), "--json"}, out)).isEqualTo(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\"state\":\"OFFLINE\"", "PORT_MISSING");
        assertThat(new CodeScannerDiagnosis(Clock.systemUTC()).run(new String[] {"--baud", "x"}, out)).isEqualTo(2);
    }
}
