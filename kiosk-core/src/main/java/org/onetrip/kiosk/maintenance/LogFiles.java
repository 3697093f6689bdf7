package org.onetrip.kiosk.maintenance;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The kiosk's log files ({@code DATA_DIR/logs/onetrip.log} and its rolled {@code .log.gz}
 * files) for the log viewer and the export to a removable drive. Every line shown or exported
 * goes through the mask again, so a line logged unmasked by mistake still leaves masked.
 */
public final class LogFiles {
    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path directory;
    private final UnaryOperator<String> mask;
    private final String kioskId;
    private final Clock clock;

    /**
     * @param directory the log directory, {@code DATA_DIR/logs}
     * @param mask      masks personal data in one line (the launcher's log masker)
     * @param kioskId   names the exported folder
     */
    public LogFiles(Path directory, UnaryOperator<String> mask, String kioskId, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.mask = Objects.requireNonNull(mask, "mask");
        this.kioskId = Objects.requireNonNull(kioskId, "kioskId");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The last {@code count} lines of the current log, masked, oldest first; empty when there is no log yet. */
    public List<String> tail(int count) {
        if (count < 1 || count > 10_000) {
            throw new IllegalArgumentException("count must be 1 to 10000, got " + count);
        }
        Path current = directory.resolve("onetrip.log");
        if (!Files.isRegularFile(current)) {
            return List.of();
        }
        Deque<String> last = new ArrayDeque<>(count);
        try (BufferedReader in = Files.newBufferedReader(current, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (last.size() == count) {
                    last.removeFirst();
                }
                last.addLast(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + current + ": " + e.getMessage(), e);
        }
        List<String> masked = new ArrayList<>(last.size());
        last.forEach(line -> masked.add(mask.apply(line)));
        return masked;
    }

    /**
     * Writes every log file, masked, into a new folder {@code onetrip-logs-KIOSK-yyyyMMdd-HHmmss}
     * under {@code drive} (the mounted removable drive's folder). Rolled files stay gzip-compressed.
     */
    public LogExport exportTo(Path drive) {
        if (!Files.isDirectory(drive)) {
            return new LogExport.Failed(LogExport.Reason.NO_DRIVE, drive + " is not there; is the drive mounted?");
        }
        if (!Files.isWritable(drive)) {
            return new LogExport.Failed(LogExport.Reason.NOT_WRITABLE, drive + " cannot be written");
        }
        String name = "onetrip-logs-" + kioskId + "-" + LocalDateTime.now(clock).format(FOLDER_TIME);
        Path folder = drive.resolve(name);
        int files = 0;
        long lines = 0;
        try {
            Files.createDirectory(folder);
            for (Path log : logFiles()) {
                lines += copyMasked(log, folder.resolve(log.getFileName().toString()));
                files++;
            }
        } catch (IOException | UncheckedIOException e) {
            return new LogExport.Failed(LogExport.Reason.WRITE_FAILED, "writing " + folder + " stopped: " + e.getMessage());
        }
        return new LogExport.Exported(folder, files, lines);
    }

    private List<Path> logFiles() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(directory)) {
            return all.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("onetrip") && (n.endsWith(".log") || n.endsWith(".log.gz"));
            }).sorted().toList();
        }
    }

    private long copyMasked(Path from, Path to) throws IOException {
        boolean gz = from.getFileName().toString().endsWith(".gz");
        long count = 0;
        try (InputStream raw = Files.newInputStream(from);
             InputStream in = gz ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
             OutputStream rawOut = Files.newOutputStream(to);
             OutputStream out = gz ? new GZIPOutputStream(rawOut) : rawOut;
             BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                writer.write(mask.apply(line));
                writer.write('\n');
                count++;
            }
        }
        return count;
    }
}
