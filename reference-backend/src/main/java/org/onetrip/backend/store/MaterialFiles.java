package org.onetrip.backend.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Received material files under {@code <data>/files/<submissionId>/<fileName>}. A file is
 * written to a temporary name, forced to disk and then renamed, so a crash never leaves a
 * half-written file under its real name.
 */
public final class MaterialFiles {

    private final Path root;

    public MaterialFiles(Path dataDir) {
        this.root = dataDir.resolve("files");
    }

    /** Stores {@code content}; callers have checked that both names are single safe path segments. */
    public void write(String submissionId, String fileName, byte[] content) {
        Path dir = root.resolve(submissionId);
        Path target = dir.resolve(fileName);
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".incoming-", ".part");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot store a material file of submission " + submissionId, e);
        }
    }

    public byte[] read(String submissionId, String fileName) {
        try {
            return Files.readAllBytes(root.resolve(submissionId).resolve(fileName));
        } catch (IOException e) {
            throw new StoreException("cannot read a material file of submission " + submissionId, e);
        }
    }
}
