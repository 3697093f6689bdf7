package org.onetrip.devices.receipt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * A journal kept in a file, one receipt id a line, forced to disk before the receipt's first
 * byte goes to the printer: a receipt cut short by a power failure is marked as a reprint
 * when it is printed again after the restart. A last line torn by that failure is ignored.
 */
public final class FileReceiptJournal implements ReceiptJournal, AutoCloseable {

    private final Set<ReceiptId> sent = new HashSet<>();
    private final FileChannel file;

    /** Opens or creates the journal; reads the ids already in it. Blocks on the disk. */
    public FileReceiptJournal(Path path) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            byte[] content = Files.exists(path) ? Files.readAllBytes(path) : new byte[0];
            int complete = lastNewline(content) + 1;
            for (String line : new String(content, 0, complete, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty()) {
                    sent.add(new ReceiptId(line));
                }
            }
            file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            // drop a torn last line, so the next id starts on a line of its own
            file.truncate(complete);
            file.position(complete);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the receipt journal " + path, e);
        }
    }

    private static int lastNewline(byte[] content) {
        for (int i = content.length - 1; i >= 0; i--) {
            if (content[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public synchronized boolean wasSent(ReceiptId id) {
        return sent.contains(id);
    }

    @Override
    public synchronized void markSent(ReceiptId id) {
        if (!sent.add(id)) {
            return;
        }
        try {
            file.write(ByteBuffer.wrap((id.value() + "\n").getBytes(StandardCharsets.UTF_8)));
            file.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record receipt " + id + " in the journal", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            file.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the receipt journal", e);
        }
    }
}
