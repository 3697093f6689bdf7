package org.onetrip.kiosk.keys;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only the kiosk user may read (mode 0600 in a 0700 directory), written so that a
 * power cut leaves either the old file or the complete new one.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** Creates {@code dir} (and parents) readable by the owner only, where the file system has POSIX modes. */
    public static void createDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (posix(dir.toAbsolutePath().getParent())) {
            Files.createDirectories(dir.toAbsolutePath().getParent());
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
            } catch (FileAlreadyExistsException e) {
                // a concurrent start created it first: fine
            }
        } else {
            Files.createDirectories(dir);
        }
    }

    /**
     * Writes {@code content} to {@code file} with mode 0600: first to a temporary sibling,
     * forced to disk, then moved over the target atomically.
     */
    public static void writeDurably(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temporary = dir.resolve(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        FileAttribute<?>[] attributes = posix(dir)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        try (FileChannel channel = FileChannel.open(temporary,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(dir);
    }

    /**
     * Writes a new file with mode 0600 and forces its bytes to disk; the caller forces the
     * directory once all its files are written. For files that nothing refers to until a later
     * commit, so a torn write can never be read.
     */
    public static void writeNew(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        FileAttribute<?>[] attributes = posix(dir)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        try (FileChannel channel = FileChannel.open(file,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Makes a directory's entries (a new or removed file) durable. A no-op where directories cannot be opened. */
    public static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some platforms cannot open a directory; the rename is then as durable as the OS makes it
        }
    }

    /** Whether {@code file} can be read or written by anyone but its owner. */
    public static boolean readableByOthers(Path file) throws IOException {
        if (!posix(file)) {
            return false;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        return permissions.stream().anyMatch(p -> !OWNER_ONLY_DIR.contains(p));
    }

    private static boolean posix(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.getFileAttributeView(existing,
                java.nio.file.attribute.PosixFileAttributeView.class) != null;
    }
}
