package org.onetrip.config;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when configuration files cannot be used; carries every problem found, not just the first. */
public final class InvalidConfigurationException extends RuntimeException {

    private final transient List<ConfigurationProblem> problems;
    private final transient List<ConfigurationProblem> warnings;

    public InvalidConfigurationException(List<ConfigurationProblem> problems) {
        this(problems, List.of());
    }

    /** @param warnings findings that would not have refused the configuration on their own */
    public InvalidConfigurationException(List<ConfigurationProblem> problems, List<ConfigurationProblem> warnings) {
        super(problems.stream().map(ConfigurationProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid configuration has at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
    }

    /** The problems in file order, one per mistake. */
    public List<ConfigurationProblem> problems() {
        return problems;
    }

    /** The warnings in file order; they alone would not refuse the configuration. */
    public List<ConfigurationProblem> warnings() {
        return warnings;
    }
}
