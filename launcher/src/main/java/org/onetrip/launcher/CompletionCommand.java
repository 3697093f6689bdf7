package org.onetrip.launcher;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * `./onetrip completion`: a bash completion script for every command and flag picocli knows, made
 * from the same command tree that parses them, so it never lags behind. Load it with
 * {@code source <(./onetrip completion)}.
 */
@Command(name = "completion", mixinStandardHelpOptions = false,
        description = "print a bash completion script for onetrip (source <(./onetrip completion))")
final class CompletionCommand implements Callable<Integer> {

    @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    private final Supplier<CommandLine> root;
    private final PrintStream out;

    CompletionCommand(Supplier<CommandLine> root, PrintStream out) {
        this.root = root;
        this.out = out;
    }

    @Override
    public Integer call() {
        out.print(AutoComplete.bash("onetrip", root.get()));
        // typed as ./onetrip in a checkout as well as onetrip where it is installed
        out.println("complete -F _complete_onetrip -o default ./onetrip");
        return 0;
    }
}
