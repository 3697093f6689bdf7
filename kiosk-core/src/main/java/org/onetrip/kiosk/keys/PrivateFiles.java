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
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Creates {@code dir} (and parents) readable by the owner only, where the file system has POSIX modes.
     * Each directory it creates is made durable in its parent, so a power cut cannot take away a directory
     * (and with it everything later committed inside) that a caller went on to use.
     */
    public static void createDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        List<Path> missing = new ArrayList<>();
        for (Path p = dir.toAbsolutePath(); p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.add(p);
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
        for (Path created : missing) {
            forceDirectory(created.getParent());
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

    /**
     * Makes {@code dir} a directory only the owner can enter (0700), creating it and its parents when
     * missing and tightening it when it exists, whatever the umask.
     *
     * @throws IOException when {@code dir} exists and is not a directory
     */
    public static void ownerOnly(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new java.nio.file.NotDirectoryException(dir.toString());
        }
        createDirectory(dir);
        if (posix(dir)) {
            Files.setPosixFilePermissions(dir, OWNER_ONLY_DIR);
        }
    }

    /**
     * Opens the SQLite database {@code file} so that nothing of it is readable by others: the file is
     * created 0600 before SQLite opens it (SQLite gives its journal, WAL and shared-memory files the
     * database file's mode) and tightened if it exists; deleted content is overwritten
     * ({@code secure_delete}), so a removed row is not left in free pages.
     */
    public static java.sql.Connection openDatabase(Path file) throws IOException, java.sql.SQLException {
        Path dir = file.toAbsolutePath().getParent();
        createDirectory(dir);
        if (posix(dir)) {
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                Path part = dir.resolve(file.getFileName() + suffix);
                if (Files.exists(part)) {
                    Files.setPosixFilePermissions(part, OWNER_ONLY);
                } else if (suffix.isEmpty()) {
                    Files.createFile(part, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                    // SQLite forces the directory for the journals it creates, not for a database that exists
                    forceDirectory(dir);
                }
            }
        }
        java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("PRAGMA secure_delete=ON");
        } catch (java.sql.SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** Makes a directory's entries (a new or removed file) durable. A no-op where directories cannot be opened. */
    public static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some platforms cannot open a directory; the rename is then as durable as the OS makes it
        }
    }

    /**
     * Reads a secret of exactly {@code length} bytes from {@code file}, which only its owner may read.
     *
     * @param what what the secret is, for the message ("the lookup key")
     * @throws KeyFileException when the file is readable by others or has the wrong size
     */
    public static byte[] readSecret(Path file, int length, String what) throws IOException {
        if (readableByOthers(file)) {
            throw new KeyFileException(what + " " + file + " is readable by other users; make it mode 0600");
        }
        byte[] raw = Files.readAllBytes(file);
        if (raw.length != length) {
            throw new KeyFileException(what + " " + file + " must hold " + length + " bytes, holds " + raw.length);
        }
        return raw;
    }

    /** Writes {@code length} fresh random bytes to {@code file} (mode 0600, durably) and returns them. */
    public static byte[] createSecret(Path file, int length) throws IOException {
        byte[] fresh = new byte[length];
        new java.security.SecureRandom().nextBytes(fresh);
        writeDurably(file, fresh);
        return fresh;
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
