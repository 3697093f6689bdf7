package org.onetrip.config.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onetrip.config.ConfigurationProblem;

/**
 * Collects the problems of every file read, so that they can all be reported at once, and the warnings:
 * findings that leave the configuration usable but a technician should know of (a font not installed,
 * a year without holiday arrangement).
 */
final class ProblemLog {

    private final List<ConfigurationProblem> problems = new ArrayList<>();
    private final List<ConfigurationProblem> warnings = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();

    void add(ConfigurationProblem problem) {
        remember(problem.file());
        problems.add(printable(problem));
    }

    void add(Path file, int line, int column, String keyPath, String message) {
        add(new ConfigurationProblem(file, line, column, keyPath, message));
    }

    void warn(ConfigurationProblem warning) {
        remember(warning.file());
        warnings.add(printable(warning));
    }

    /** A message quoting a value never carries the value's control characters to a terminal or a log. */
    private static ConfigurationProblem printable(ConfigurationProblem problem) {
        return new ConfigurationProblem(problem.file(), problem.line(), problem.column(),
                ControlCharacters.shown(problem.keyPath()), ControlCharacters.shown(problem.message()));
    }

    /** How many problems so far; binders compare counts to know whether a part was read cleanly. Warnings do not count. */
    int count() {
        return problems.size();
    }

    /** In file order, then by line and column. */
    List<ConfigurationProblem> sorted() {
        return inFileOrder(problems);
    }

    /** The warnings in file order, then by line and column. */
    List<ConfigurationProblem> warnings() {
        return inFileOrder(warnings);
    }

    private void remember(Path file) {
        if (!files.contains(file)) {
            files.add(file);
        }
    }

    private List<ConfigurationProblem> inFileOrder(List<ConfigurationProblem> found) {
        return found.stream()
                .sorted(Comparator.comparingInt((ConfigurationProblem p) -> files.indexOf(p.file()))
                        .thenComparingInt(ConfigurationProblem::line)
                        .thenComparingInt(ConfigurationProblem::column))
                .toList();
    }
}
