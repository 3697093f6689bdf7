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
import javafx.application.Platform;
import javafx.stage.Window;
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
    private static final List<String> QUIT = List.of("quit", "exit");
    private static final List<String> HELP = List.of(
            "place KEY        put test card KEY on the reader ('cards' lists them)",
            "remove           take the card off the reader",
            "swap KEY         take the card off and put KEY on at once",
            "remove-mid-read  take the card off during the next read",
            "corrupt | truncate | garbage | silent | speak | break-sam | repair-sam | unplug | plug",
            "                 a fault of the reader, or the end of one",
            "feed [N | KINDS] sheets in the scanner's feeder (document, blank, skewed, dark, corrupt)",
            "help             this list",
            "quit             close the kiosk's window and end the demo");

    private final SamReaderSimulator idCardReader;
    private final Optional<EsclScannerSimulator> scanner;
    private final IdCardSimulatorCommand steering = new IdCardSimulatorCommand(IdentityDeck.standard());

    private final Runnable quit;

    /** A console whose {@code quit} closes the kiosk's window, which ends the demo. */
    DemoConsole(SamReaderSimulator idCardReader, Optional<EsclScannerSimulator> scanner) {
        this(idCardReader, scanner, DemoConsole::closeTheWindow);
    }

    /** @param quit ends the demo when the line says {@code quit} */
    DemoConsole(SamReaderSimulator idCardReader, Optional<EsclScannerSimulator> scanner, Runnable quit) {
        this.idCardReader = idCardReader;
        this.scanner = scanner;
        this.quit = quit;
    }

    /** The demo's window closed as its close box would: the demo then ends. */
    private static void closeTheWindow() {
        Platform.runLater(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
    }

    void start(InputStream in, PrintStream out) {
        out.println("Demo: type 'place zhang-wei' (or another of 'cards') to put an ID card on the reader, 'remove' to take it off;"
                + " 'help' lists what else, 'quit' ends the demo.");
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
                if (QUIT.contains(said)) {
                    out.println("closing the kiosk's window: the demo ends");
                    quit.run();
                    return;
                }
                if (said.equals("help") || said.equals("?")) {
                    HELP.forEach(out::println);
                } else if (said.equals(FEED) || said.startsWith(FEED + " ")) {
                    feed(said.substring(FEED.length()).strip(), out);
                } else if (!steering.steer(idCardReader, said, out)) {
                    out.println("(type 'quit' to end the demo)");
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
