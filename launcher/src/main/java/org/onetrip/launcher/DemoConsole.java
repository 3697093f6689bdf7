package org.onetrip.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.onetrip.devices.idcard.sim.IdCardSimulatorCommand;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.devices.idcard.sim.SamReaderSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's hands: lines typed on the terminal place and remove test cards on the simulated
 * reader, as a citizen would in the hall. Runs on its own daemon thread.
 */
final class DemoConsole {

    private static final Logger log = LoggerFactory.getLogger(DemoConsole.class);

    private final SamReaderSimulator idCardReader;
    private final IdCardSimulatorCommand steering = new IdCardSimulatorCommand(IdentityDeck.standard());

    DemoConsole(SamReaderSimulator idCardReader) {
        this.idCardReader = idCardReader;
    }

    void start(InputStream in, PrintStream out) {
        out.println("Demo: type 'place zhang-wei' (or another of 'cards') to put an ID card on the reader, 'remove' to take it off.");
        Thread thread = new Thread(() -> serve(in, out), "demo-console");
        thread.setDaemon(true);
        thread.start();
    }

    private void serve(InputStream in, PrintStream out) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!steering.steer(idCardReader, line.strip(), out)) {
                    out.println("(the demo keeps running; close its window to stop it)");
                }
            }
        } catch (IOException e) {
            log.warn("demo console stopped", e);
        }
    }
}
