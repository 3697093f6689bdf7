package org.onetrip.day;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A session's files are gone from disk when it ends: nothing left in the materials spool, and no
 * file the session made anywhere else under the data directory, except in what the kiosk keeps on
 * purpose (its databases and keys, the outbox, printed receipts and certificates, logs, the
 * backend's own data).
 */
final class SessionFilesGone {

    /** Top-level entries of the data directory that outlive a session by design. */
    private static final Set<String> KEPT = Set.of("backend", "receipts", "certificates", "logs", "keys", "outbox");

    /** The pinyin engine's dictionaries compiled from Debian's data: the same for every citizen. */
    private static final Path INPUT_ENGINE_BUILD = Path.of("input", "rime", "build");

    private final Path dataDirectory;

    SessionFilesGone(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** The files under the data directory now that may belong to a session; taken when it starts. */
    Set<Path> perSessionFiles() {
        if (!Files.isDirectory(dataDirectory)) {
            return Set.of();
        }
        for (int attempt = 0; ; attempt++) {
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                return Set.copyOf(files.filter(Files::isRegularFile).filter(this::maySessionOwn).toList());
            } catch (IOException | UncheckedIOException e) {
                // a file vanished while it was listed: list again
                if (attempt == 5) {
                    throw new IllegalStateException("cannot list " + dataDirectory + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /**
     * Waits (up to {@code wipe}) for the session's files to go, then reports any left.
     *
     * @param before the files there when the session started
     * @param broken told of each file the session left behind
     */
    void check(Set<Path> before, Duration wipe, Consumer<String> broken) {
        long deadline = System.nanoTime() + wipe.toNanos();
        List<Path> left = leftBehind(before);
        while (!left.isEmpty() && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            left = leftBehind(before);
        }
        for (Path file : left) {
            broken.accept("a file of the ended session is still on disk " + wipe.toSeconds() + " s after it ended: "
                    + dataDirectory.relativize(file));
        }
    }

    private List<Path> leftBehind(Set<Path> before) {
        List<Path> left = new ArrayList<>(perSessionFiles().stream().filter(file -> !before.contains(file))
                .sorted().toList());
        // the materials spool is per session whatever was there before
        Path spool = dataDirectory.resolve("materials");
        for (Path file : perSessionFiles()) {
            if (file.startsWith(spool) && !left.contains(file)) {
                left.add(file);
            }
        }
        return left;
    }

    private boolean maySessionOwn(Path file) {
        Path relative = dataDirectory.relativize(file);
        if (relative.getNameCount() > 1 && KEPT.contains(relative.getName(0).toString())) {
            return false;
        }
        if (relative.startsWith(INPUT_ENGINE_BUILD)) {
            // the pinyin engine compiles Debian's dictionaries here, some only when first used, in
            // whichever session that is; it learns nothing from what citizens type (anything else it
            // wrote under input/ would still count)
            return false;
        }
        String name = file.getFileName().toString();
        return !(name.endsWith(".db") || name.endsWith(".db-wal") || name.endsWith(".db-shm")
                || name.endsWith(".db-journal") || name.endsWith(".key") || name.endsWith(".log"));
    }
}
