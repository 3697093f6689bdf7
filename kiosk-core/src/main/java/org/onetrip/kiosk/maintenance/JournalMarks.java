package org.onetrip.kiosk.maintenance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import org.onetrip.kiosk.keys.PrivateFiles;

/**
 * What the kiosk remembers of its audit journal beside the journal key, out of the data directory's
 * reach: the head it last wrote ({@code written}) and the head the backend last said it holds
 * ({@code anchored}). A journal that ends before either was cut. Kept in {@code journal.head} in the
 * key directory (mode 0600, replaced atomically), one line each: {@code written SEQ HASH}.
 *
 * <p>Not thread-safe: the journal calls it under its own lock.
 */
final class JournalMarks {

    /** File name under the key directory. */
    static final String FILE_NAME = "journal.head";

    private final Path file;
    private Optional<JournalHead> written;
    private Optional<JournalHead> anchored;

    private JournalMarks(Path file, Optional<JournalHead> written, Optional<JournalHead> anchored) {
        this.file = file;
        this.written = written;
        this.anchored = anchored;
    }

    /**
     * Reads {@code keysDir/journal.head}; none when the file is absent.
     *
     * @throws IOException when it cannot be read, or does not hold what this class writes
     */
    static JournalMarks read(Path keysDir) throws IOException {
        Path file = keysDir.resolve(FILE_NAME);
        Optional<JournalHead> written = Optional.empty();
        Optional<JournalHead> anchored = Optional.empty();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                String[] parts = line.split(" ");
                if (parts.length != 3) {
                    throw new IOException(file + " holds a line that is not 'written|anchored SEQ HASH': " + line);
                }
                JournalHead head;
                try {
                    head = new JournalHead(Long.parseLong(parts[1]), parts[2]);
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ": " + e.getMessage(), e);
                }
                switch (parts[0]) {
                    case "written" -> written = Optional.of(head);
                    case "anchored" -> anchored = Optional.of(head);
                    default -> throw new IOException(file + " names an unknown mark: " + parts[0]);
                }
            }
        } catch (NoSuchFileException e) {
            // no mark yet
        }
        return new JournalMarks(file, written, anchored);
    }

    Optional<JournalHead> written() {
        return written;
    }

    Optional<JournalHead> anchored() {
        return anchored;
    }

    /** The furthest head the kiosk knows of besides its table's: the next entry follows it, so no number is reused. */
    JournalHead furthest() {
        JournalHead head = JournalHead.START;
        if (written.isPresent()) {
            head = head.furthest(written.get());
        }
        if (anchored.isPresent()) {
            head = head.furthest(anchored.get());
        }
        return head;
    }

    void wrote(JournalHead head) throws IOException {
        written = Optional.of(head);
        save();
    }

    void anchor(JournalHead head) throws IOException {
        if (!anchored.equals(Optional.of(head))) {
            anchored = Optional.of(head);
            save();
        }
    }

    private void save() throws IOException {
        StringBuilder text = new StringBuilder();
        written.ifPresent(h -> text.append("written ").append(h.sequence()).append(' ').append(h.hash()).append('\n'));
        anchored.ifPresent(h -> text.append("anchored ").append(h.sequence()).append(' ').append(h.hash()).append('\n'));
        PrivateFiles.writeDurably(file, text.toString().getBytes(StandardCharsets.US_ASCII));
    }
}
