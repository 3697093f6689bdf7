package org.onetrip.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks of one class in a forked JVM with a fixed, modest plan
 * (2 cores: one fork, short iterations) and turns each primary result into a figure.
 */
public final class JmhRun {

    private final Class<?> benchmarkClass;
    private final Map<String, String> params;

    public JmhRun(Class<?> benchmarkClass, Map<String, String> params) {
        this.benchmarkClass = benchmarkClass;
        this.params = params;
    }

    public List<Figure> run() throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(benchmarkClass.getName() + "\\.")
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .timeUnit(TimeUnit.MILLISECONDS)
                .shouldFailOnError(true);
        params.forEach(options::param);
        Collection<RunResult> results = new Runner(options.build()).run();
        List<Figure> figures = new ArrayList<>();
        for (RunResult result : results) {
            var primary = result.getPrimaryResult();
            String method = result.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            figures.add(new Figure(method, primary.getScore(), primary.getScoreUnit(),
                    String.format(Locale.ROOT, "JMH %s, ±%.3f (99.9%%), %d samples",
                            result.getParams().getMode().shortLabel(), primary.getScoreError(),
                            primary.getSampleCount())));
        }
        return figures;
    }
}
