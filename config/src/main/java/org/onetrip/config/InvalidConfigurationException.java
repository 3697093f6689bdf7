package org.onetrip.config;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when configuration files cannot be used; carries every problem found, not just the first. */
public final class InvalidConfigurationException extends RuntimeException {

    private final transient List<ConfigurationProblem> problems;

    public InvalidConfigurationException(List<ConfigurationProblem> problems) {
        super(problems.stream().map(ConfigurationProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid configuration has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems in file order, one per mistake. */
    public List<ConfigurationProblem> problems() {
        return problems;
    }
}
