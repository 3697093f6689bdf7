package org.onetrip.config.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onetrip.config.ConfigurationProblem;

/** Collects the problems of every file read, so that they can all be reported at once. */
final class ProblemLog {

    private final List<ConfigurationProblem> problems = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();

    void add(ConfigurationProblem problem) {
        if (!files.contains(problem.file())) {
            files.add(problem.file());
        }
        problems.add(problem);
    }

    void add(Path file, int line, int column, String keyPath, String message) {
        add(new ConfigurationProblem(file, line, column, keyPath, message));
    }

    /** How many problems so far; binders compare counts to know whether a part was read cleanly. */
    int count() {
        return problems.size();
    }

    /** In file order, then by line and column. */
    List<ConfigurationProblem> sorted() {
        return problems.stream()
                .sorted(Comparator.comparingInt((ConfigurationProblem p) -> files.indexOf(p.file()))
                        .thenComparingInt(ConfigurationProblem::line)
                        .thenComparingInt(ConfigurationProblem::column))
                .toList();
    }
}
