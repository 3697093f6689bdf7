package org.onetrip.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.onetrip.config.ConfigCheck;
import org.onetrip.config.MaintenanceSettings;
import org.onetrip.config.PinHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * `./onetrip config check [DIR]` validates a configuration directory;
 * `./onetrip config hash-pin` turns a technician PIN into the Argon2id hash kiosk.yaml stores.
 */
@Command(name = "config", subcommands = {ConfigCommand.Check.class, ConfigCommand.HashPin.class},
        description = "check [DIR] | hash-pin  validate a configuration (default: conf) | hash a technician PIN")
final class ConfigCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

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

    /** `config check [DIR]`: every problem of a configuration directory, with file and line. */
    @Command(name = "check", description = "validate DIR/kiosk.yaml and DIR/catalog.yaml; exit 1 on any problem")
    static final class Check implements Callable<Integer> {

        @ParentCommand
        ConfigCommand config;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
        boolean help;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "the configuration (default conf)")
        Path dir = Path.of("conf");

        @Override
        public Integer call() {
            return new ConfigCheck().run(dir, config.out, config.err);
        }
    }

    /** `config hash-pin`: the PIN from the terminal, never from the command line. */
    @Command(name = "hash-pin", description = "read a technician PIN (6 to 12 digits) and print its Argon2id hash")
    static final class HashPin implements Callable<Integer> {

        @ParentCommand
        ConfigCommand config;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
        boolean help;

        @Override
        public Integer call() {
            return config.hashPin();
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
