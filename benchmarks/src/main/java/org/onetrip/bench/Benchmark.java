package org.onetrip.bench;

import java.util.List;

/** A benchmark the runner knows: in-process through JMH, or an end-to-end harness. */
public interface Benchmark {

    /** Short name, used by `./onetrip bench --only NAME` and as the report's heading. */
    String name();

    /** What is measured, in one sentence, for the report. */
    String description();

    /** Runs the benchmark; may take minutes. */
    List<Figure> run() throws Exception;
}
