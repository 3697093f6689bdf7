package org.onetrip.kiosk.material;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.onetrip.kiosk.keys.PrivateFiles;

/**
 * One session's pages on disk, unreadable without the session: each page is sealed (AES-256-GCM through
 * Tink) with a key made for the session and held only in memory, so what a crash or a power cut leaves
 * in {@code spool} opens for nobody. The raw scan and the page being checked exist in clear only in
 * {@code scratch}, which is in memory ({@code /dev/shm}) where the kiosk has it, and only until the page is
 * sealed. {@link #wipe} removes both; the next start removes whatever a crash left.
 *
 * <p>Thread-safe.
 */
public final class SessionSpool {

    private static final String PREFIX = "materials-";

    private final Path sealed;
    private final Path scratch;
    private final Aead key;

    private SessionSpool(Path sealed, Path scratch, Aead key) {
        this.sealed = sealed;
        this.scratch = scratch;
        this.key = key;
    }

    /** A new spool with a fresh key: sealed pages under {@code spoolRoot}, clear ones under {@code scratchRoot}. */
    static SessionSpool open(Path spoolRoot, Path scratchRoot) throws IOException {
        // a random name: nothing about the citizen in the file system
        String name = PREFIX + UUID.randomUUID();
        PrivateFiles.ownerOnly(spoolRoot);
        PrivateFiles.ownerOnly(scratchRoot);
        Path sealed = spoolRoot.resolve(name);
        Path scratch = scratchRoot.resolve(name);
        PrivateFiles.createDirectory(sealed);
        PrivateFiles.createDirectory(scratch);
        try {
            AeadConfig.register();
            Aead key = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
            return new SessionSpool(sealed, scratch, key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not available", e);
        }
    }

    /** Removes every session's spool left under the two roots, as after a crash. */
    static void sweep(Path spoolRoot, Path scratchRoot) {
        for (Path root : new Path[] {spoolRoot, scratchRoot}) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> left = Files.list(root)) {
                left.filter(p -> p.getFileName().toString().startsWith(PREFIX)).forEach(SessionSpool::delete);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clear the spool " + root, e);
            }
        }
    }

    /** Where clear files may be written for a moment: in memory where the kiosk has it. */
    Path scratch() {
        return scratch;
    }

    /**
     * Seals the clear file {@code clear} as {@code name} in the spool and deletes the clear one.
     *
     * @return the sealed file
     */
    Path seal(Path clear, String name) throws IOException {
        try {
            byte[] bytes = Files.readAllBytes(clear);
            Path target = sealed.resolve(name + ".sealed");
            Files.deleteIfExists(target);
            PrivateFiles.writeNew(target, key.encrypt(bytes, name.getBytes(StandardCharsets.UTF_8)));
            return target;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM sealing failed", e);
        } finally {
            Files.deleteIfExists(clear);
        }
    }

    /** The clear bytes of a file {@link #seal} wrote. */
    byte[] open(Path sealedFile) throws IOException {
        String file = sealedFile.getFileName().toString();
        String name = file.substring(0, file.length() - ".sealed".length());
        try {
            return key.decrypt(Files.readAllBytes(sealedFile), name.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IOException("the spooled page " + name + " does not open: changed on disk", e);
        }
    }

    /** Deletes the session's sealed and clear files; the key goes with this object. */
    void wipe() {
        delete(scratch);
        delete(sealed);
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory.getFileName(), e);
        }
    }
}
