package org.onetrip.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.onetrip.config.Configuration;
import org.onetrip.config.ConfigurationLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading and validating the shipped configuration and catalog: on the kiosk's start-up path,
 * and what `config check` costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class ConfigurationLoadBenchmark implements org.onetrip.bench.Benchmark {

    @Param("conf")
    public String configDir;

    private ConfigurationLoader loader;

    /** For JMH. */
    public ConfigurationLoadBenchmark() {
    }

    ConfigurationLoadBenchmark(Path configDir) {
        this.configDir = configDir.toAbsolutePath().toString();
    }

    @Setup
    public void setUp() {
        loader = new ConfigurationLoader();
    }

    @Benchmark
    public Configuration loadAndValidateShippedConfiguration() {
        return loader.load(Path.of(configDir));
    }

    @Override
    public String name() {
        return "config-load";
    }

    @Override
    public String description() {
        return "Load and validate the shipped kiosk.yaml and catalog.yaml (24 matters), warm.";
    }

    @Override
    public List<Figure> run() throws Exception {
        return new JmhRun(ConfigurationLoadBenchmark.class, Map.of("configDir", configDir)).run();
    }
}
