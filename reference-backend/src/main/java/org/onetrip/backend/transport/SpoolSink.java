package org.onetrip.backend.transport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.onetrip.backend.http.Upload;

/**
 * Streams a large body (a material file) to a new file in the spool directory, hashing it on
 * the way, so that its size costs disk, not heap.
 */
final class SpoolSink implements BodySink {

    private final Path file;
    private final FileChannel channel;
    private final MessageDigest sha256;
    private long size;

    SpoolSink(Path spoolDir) throws IOException {
        this.file = Files.createTempFile(spoolDir, "body-", ".part");
        this.channel = FileChannel.open(file, StandardOpenOption.WRITE);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    @Override
    public void accept(ByteBuffer chunk) throws IOException {
        size += chunk.remaining();
        sha256.update(chunk.duplicate());
        while (chunk.hasRemaining()) {
            channel.write(chunk);
        }
    }

    @Override
    public ReceivedBody finish() throws IOException {
        channel.close();
        return new ReceivedBody(new byte[0],
                Optional.of(new Upload(file, size, HexFormat.of().formatHex(sha256.digest()))));
    }

    @Override
    public void discard() {
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover in the spool directory is removed at the next start
        }
    }
}
