package org.onetrip.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onetrip.devices.idcard.sim.IdCardSimulatorCommand;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.devices.idcard.sim.SamReaderSimulator;
import org.onetrip.devices.scanner.sim.EsclScannerSimulator;
import org.onetrip.devices.scanner.sim.SimulatedPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's hands: lines typed on the terminal place and remove test cards on the simulated
 * reader and put sheets in the simulated scanner's feeder, as a citizen would in the hall. Runs
 * on its own daemon thread.
 */
final class DemoConsole {

    private static final Logger log = LoggerFactory.getLogger(DemoConsole.class);

    private static final String FEED = "feed";

    private final SamReaderSimulator idCardReader;
    private final Optional<EsclScannerSimulator> scanner;
    private final IdCardSimulatorCommand steering = new IdCardSimulatorCommand(IdentityDeck.standard());

    DemoConsole(SamReaderSimulator idCardReader, Optional<EsclScannerSimulator> scanner) {
        this.idCardReader = idCardReader;
        this.scanner = scanner;
    }

    void start(InputStream in, PrintStream out) {
        out.println("Demo: type 'place zhang-wei' (or another of 'cards') to put an ID card on the reader, 'remove' to take it off.");
        scanner.ifPresent(present -> out.println("      'feed 3' puts three sheets in the scanner's feeder; 'feed document blank dark'"
                + " puts those kinds (document, blank, skewed, dark, corrupt)."));
        Thread thread = new Thread(() -> serve(in, out), "demo-console");
        thread.setDaemon(true);
        thread.start();
    }

    /** Follows the lines until the input ends. */
    void serve(InputStream in, PrintStream out) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                String said = line.strip();
                if (said.equals(FEED) || said.startsWith(FEED + " ")) {
                    feed(said.substring(FEED.length()).strip(), out);
                } else if (!steering.steer(idCardReader, said, out)) {
                    out.println("(the demo keeps running; close its window to stop it)");
                }
            }
        } catch (IOException e) {
            log.warn("demo console stopped", e);
        }
    }

    private void feed(String what, PrintStream out) {
        if (scanner.isEmpty()) {
            out.println("this kiosk has no simulated scanner");
            return;
        }
        List<SimulatedPage> sheets = new ArrayList<>();
        if (what.isEmpty() || what.matches("\\d{1,3}")) {
            int count = what.isEmpty() ? 1 : Integer.parseInt(what);
            for (int i = 0; i < count; i++) {
                sheets.add(SimulatedPage.DOCUMENT);
            }
        } else {
            for (String word : what.split("\\s+")) {
                try {
                    sheets.add(SimulatedPage.ofWord(word));
                } catch (IllegalArgumentException e) {
                    out.println("no such sheet: " + word + " (document, blank, skewed, dark, corrupt)");
                    return;
                }
            }
        }
        scanner.get().loadFeeder(sheets);
        out.println(sheets.size() + " sheet(s) in the feeder, " + scanner.get().sheetsInFeeder() + " in all");
    }
}
