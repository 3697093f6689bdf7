package org.onetrip.launcher;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A subcommand that still reads its own words after its name: picocli gives it `--help`, the
 * place in `./onetrip help` and in the shell completion, and hands every other word over unread.
 */
record HandParsed(Command command) {

    /**
     * @param devicesOwnTheRest whether every word after the first positional one belongs to it
     *        (`diag idcard --help` is the idcard diagnosis's help, not diag's)
     */
    CommandSpec spec(String name, boolean devicesOwnTheRest) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(this);
        spec.name(name);
        spec.usageMessage().description(command.summary());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("this text").build());
        spec.addPositional(PositionalParamSpec.builder().index("0..*").arity("0..*").paramLabel("ARGS")
                .type(String[].class).description("read by the command itself, see above").build());
        spec.parser().unmatchedOptionsArePositionalParams(true);
        spec.parser().stopAtPositional(devicesOwnTheRest);
        return spec;
    }

    int run(List<String> words) throws Exception {
        return command.run(List.copyOf(words));
    }
}
