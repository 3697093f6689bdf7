package org.onetrip.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where a run happened, so figures from different days can be compared honestly. */
record Machine(String jdk, String os, int cores, String cpu, long memoryMiB) {

    static Machine current() {
        String jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
        return new Machine(jdk, os, Runtime.getRuntime().availableProcessors(), cpuModel(), totalMemoryMiB());
    }

    private static String cpuModel() {
        return procLine(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU");
    }

    private static long totalMemoryMiB() {
        return procLine(Path.of("/proc/meminfo"), "MemTotal")
                .map(v -> Long.parseLong(v.replaceAll("[^0-9]", "")) / 1024)
                .orElse(-1L);
    }

    private static java.util.Optional<String> procLine(Path file, String key) {
        if (!Files.isReadable(file)) {
            return java.util.Optional.empty();
        }
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    String describe() {
        return jdk + "; " + os + "; " + cores + " cores (" + cpu + "); " + memoryMiB + " MiB";
    }
}
