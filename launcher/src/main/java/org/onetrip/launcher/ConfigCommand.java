package org.onetrip.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.onetrip.config.ConfigCheck;
import org.onetrip.config.MaintenanceSettings;
import org.onetrip.config.PinHash;

/**
 * `./onetrip config check [DIR]` validates a configuration directory;
 * `./onetrip config hash-pin` turns a technician PIN into the Argon2id hash kiosk.yaml stores.
 */
final class ConfigCommand implements Command {

    private static final String USAGE = "usage: config check [DIR] | config hash-pin";

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<char[]> pinSource;
    private final SecureRandom random = new SecureRandom();

    /** @param pinSource reads the PIN from the terminal or standard input, never the command line */
    ConfigCommand(PrintStream out, PrintStream err, Supplier<char[]> pinSource) {
        this.out = out;
        this.err = err;
        this.pinSource = pinSource;
    }

    @Override
    public String summary() {
        return "check [DIR] | hash-pin  validate a configuration (default: conf) | hash a technician PIN";
    }

    @Override
    public int run(List<String> args) {
        Arguments arguments = new Arguments(args);
        String action = arguments.positional().orElseThrow(() -> new UsageException(USAGE));
        switch (action) {
            case "check" -> {
                Path dir = arguments.positional().map(Path::of).orElse(Path.of("conf"));
                arguments.noneLeft();
                return new ConfigCheck().run(dir, out, err);
            }
            case "hash-pin" -> {
                arguments.noneLeft();
                return hashPin();
            }
            default -> throw new UsageException("unknown action '" + action + "'; " + USAGE);
        }
    }

    private int hashPin() {
        char[] pin = pinSource.get();
        try {
            if (!PinHash.isWellFormed(pin)) {
                err.println("A technician PIN is " + PinHash.MIN_DIGITS + " to " + PinHash.MAX_DIGITS + " digits.");
                return 1;
            }
            if (MaintenanceSettings.DEMO_PIN.equals(new String(pin))) {
                err.println("That is the demo PIN, published in the README; choose another.");
                return 1;
            }
            // Argon2id, recording the PIN's length so that config check can refuse a short one
            out.println(PinHash.create(pin, random).encoded());
            return 0;
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
        }
    }

    /** The PIN from the console without echo, or the first line of standard input. */
    static char[] readPin(BufferedReader stdin) {
        if (System.console() != null) {
            return System.console().readPassword("Technician PIN: ");
        }
        try {
            String line = stdin.readLine();
            return line == null ? null : line.strip().toCharArray();
        } catch (IOException e) {
            return null;
        }
    }
}
