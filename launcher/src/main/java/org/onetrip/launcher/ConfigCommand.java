package org.onetrip.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.onetrip.config.ConfigCheck;

/** `./onetrip config check [DIR]`. */
final class ConfigCommand implements Command {

    private final PrintStream out;
    private final PrintStream err;

    ConfigCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public String summary() {
        return "check [DIR]  validate a configuration directory (default: conf)";
    }

    @Override
    public int run(List<String> args) {
        Arguments arguments = new Arguments(args);
        String action = arguments.positional().orElseThrow(() -> new UsageException("usage: config check [DIR]"));
        if (!action.equals("check")) {
            throw new UsageException("unknown action '" + action + "'; usage: config check [DIR]");
        }
        Path dir = arguments.positional().map(Path::of).orElse(Path.of("conf"));
        arguments.noneLeft();
        return new ConfigCheck().run(dir, out, err);
    }
}
