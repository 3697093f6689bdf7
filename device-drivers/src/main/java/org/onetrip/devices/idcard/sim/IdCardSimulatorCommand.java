package org.onetrip.devices.idcard.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code onetrip sim idcard}: runs the resident ID reader simulator on its own, for
 * integration and training, until stopped ({@code quit} on standard input, or the process
 * ends).
 *
 * <pre>
 * sim idcard --serial-link PATH [--baud N] [--no-pacing] [--card KEY]
 * sim idcard --tcp PORT [--baud N] [--no-pacing] [--card KEY]
 * </pre>
 *
 * Lines on standard input steer it: {@code place KEY}, {@code remove}, {@code swap KEY} (take the
 * card out and put another in at once, faster than a driver checks), {@code remove-mid-read},
 * {@code swap-mid-read KEY},
 * {@code corrupt}, {@code truncate}, {@code garbage}, {@code silent}, {@code speak},
 * {@code break-sam}, {@code repair-sam}, {@code unplug}, {@code plug}, {@code cards}, {@code quit}.
 */
public final class IdCardSimulatorCommand {
    public static final int STOPPED = 0;
    public static final int USAGE = 2;
    private static final String HELP = "usage: sim idcard (--serial-link PATH | --tcp PORT) [--baud N] [--no-pacing] [--card KEY]";

    private final IdentityDeck deck;

    public IdCardSimulatorCommand(IdentityDeck deck) {
        this.deck = deck;
    }

    /** Starts a simulator from command-line arguments; the caller closes it. */
    public SamReaderSimulator start(String[] args) throws IOException {
        String link = null;
        Integer tcp = null;
        int baud = 115200;
        boolean pacing = true;
        String card = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--no-pacing")) {
                pacing = false;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(arg.startsWith("--") ? arg + " needs a value" : "unknown argument " + arg);
            }
            String value = args[++i];
            switch (arg) {
                case "--serial-link" -> link = value;
                case "--tcp" -> tcp = number(arg, value, 0, 65535);
                case "--baud" -> baud = number(arg, value, 1200, 921600);
                case "--card" -> card = value;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if ((link == null) == (tcp == null)) {
            throw new IllegalArgumentException("give exactly one of --serial-link PATH or --tcp PORT");
        }
        if (card != null && !deck.keys().contains(card)) {
            throw new IllegalArgumentException("no test identity '" + card + "'; the deck holds " + new java.util.TreeSet<>(deck.keys()));
        }
        int lineBaud = pacing ? baud : 0;
        SamReaderSimulator simulator = link != null
                ? SamReaderSimulator.onPseudoTerminal(Optional.of(Path.of(link)), deck, lineBaud)
                : SamReaderSimulator.onTcp(tcp, deck, lineBaud);
        if (card != null) {
            simulator.placeCard(card);
        }
        return simulator;
    }

    /** Runs until {@code quit} is read or the thread is interrupted; returns the exit code. */
    public int run(String[] args, InputStream in, PrintStream out) {
        SamReaderSimulator simulator;
        try {
            simulator = start(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(HELP);
            return USAGE;
        } catch (IOException e) {
            out.println("cannot start the simulator: " + e.getMessage());
            return 1;
        }
        try (simulator) {
            out.println("ID card reader simulator on " + simulator.address() + " (type 'cards' for the deck, 'quit' to stop)");
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (!steer(simulator, line.trim(), out)) {
                    return STOPPED;
                }
            }
            // standard input closed: keep serving until the process is stopped
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            out.println("simulator stopped: " + e.getMessage());
        }
        return STOPPED;
    }

    /**
     * Carries out one console line ({@code place KEY}, {@code remove}, {@code swap KEY}, a fault, {@code cards},
     * {@code help}) on a running simulator, printing what happened.
     *
     * @return false when the line asks to quit
     */
    public boolean steer(SamReaderSimulator simulator, String line, PrintStream out) throws IOException {
        String[] words = line.split("\\s+");
        switch (words[0]) {
            case "" -> { }
            case "place", "swap", "swap-mid-read" -> {
                if (words.length < 2 || !deck.keys().contains(words[1])) {
                    out.println(words[0] + " KEY, with KEY one of " + new java.util.TreeSet<>(deck.keys()));
                } else if (words[0].equals("place")) {
                    simulator.place(words[1]);
                    out.println("card placed: " + words[1]);
                } else if (words[0].equals("swap")) {
                    simulator.swap(words[1]);
                    out.println("card swapped for: " + words[1]);
                } else {
                    simulator.swapCardDuringNextRead(words[1]);
                    out.println("the next read is interrupted by a swap to: " + words[1]);
                }
            }
            case "remove" -> {
                simulator.remove();
                out.println("card removed");
            }
            case "remove-mid-read" -> simulator.removeCardDuringNextRead();
            case "corrupt" -> simulator.corruptNextChecksum();
            case "truncate" -> simulator.truncateNextReply();
            case "garbage" -> simulator.sendGarbageBeforeNextReply(64);
            case "silent" -> simulator.goSilent();
            case "speak" -> simulator.speakAgain();
            case "break-sam" -> simulator.breakSam();
            case "repair-sam" -> simulator.repairSam();
            case "unplug" -> simulator.unplug();
            case "plug" -> simulator.plugBackIn();
            case "cards" -> out.println(new java.util.TreeSet<>(deck.keys()));
            case "quit" -> {
                return false;
            }
            default -> out.println("unknown command '" + words[0] + "'");
        }
        return true;
    }

    private static int number(String option, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new IllegalArgumentException(option + " must be " + min + ".." + max + ", was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, was " + value);
        }
    }
}
