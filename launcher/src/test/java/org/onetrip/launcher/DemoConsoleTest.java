package org.onetrip.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.devices.idcard.sim.SamReaderSimulator;
import org.onetrip.devices.scanner.sim.EsclScannerSimulator;

/** The demo's console puts sheets in the simulated scanner's feeder and says what it did. */
class DemoConsoleTest {

    private final ByteArrayOutputStream said = new ByteArrayOutputStream();
    private SamReaderSimulator reader;
    private EsclScannerSimulator scanner;

    @BeforeEach
    void start() throws IOException {
        reader = SamReaderSimulator.onPseudoTerminal(Optional.empty(), IdentityDeck.standard(), 0);
        scanner = EsclScannerSimulator.start(0);
    }

    @AfterEach
    void close() {
        scanner.close();
        reader.close();
    }

    @Test
    void feedPutsSheetsOfTheNamedKindsInTheFeeder() {
        serve("feed 3\nfeed document blank\nfeed glossy\n");

        assertThat(scanner.sheetsInFeeder()).isEqualTo(5);
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("3 sheet(s) in the feeder, 3 in all")
                .contains("2 sheet(s) in the feeder, 5 in all").contains("no such sheet: glossy");
    }

    @Test
    void withoutAScannerFeedSaysSo() {
        new DemoConsole(reader, Optional.empty()).serve(input("feed 2\n"), new PrintStream(said, true, StandardCharsets.UTF_8));

        assertThat(said.toString(StandardCharsets.UTF_8)).contains("no simulated scanner");
    }

    @Test
    void helpListsWhatTheConsoleTakes() {
        serve("help\n");

        assertThat(said.toString(StandardCharsets.UTF_8)).contains("place KEY").contains("remove").contains("feed")
                .contains("quit");
    }

    @Test
    void quitEndsTheDemoAndReadsNoFurther() {
        AtomicInteger quits = new AtomicInteger();
        new DemoConsole(reader, Optional.of(scanner), quits::incrementAndGet)
                .serve(input("quit\nfeed 2\n"), new PrintStream(said, true, StandardCharsets.UTF_8));

        assertThat(quits).hasValue(1);
        assertThat(scanner.sheetsInFeeder()).isZero();
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("the demo ends");
    }

    private void serve(String lines) {
        new DemoConsole(reader, Optional.of(scanner)).serve(input(lines), new PrintStream(said, true, StandardCharsets.UTF_8));
    }

    private static ByteArrayInputStream input(String lines) {
        return new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8));
    }
}
