package org.onetrip.kiosk.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session's pages on disk open only with that session's key, which lives in memory and dies with it. */
class SessionSpoolTest {

    @TempDir
    Path spoolRoot;
    @TempDir
    Path scratchRoot;

    @Test
    void aSealedPageHoldsNoneOfItsBytesAndOpensOnlyInItsOwnSession() throws IOException {
        byte[] page = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(page);
        SessionSpool session = SessionSpool.open(spoolRoot, scratchRoot);
        SessionSpool next = SessionSpool.open(spoolRoot, scratchRoot);

        Path clear = Files.write(session.scratch().resolve("ID-1.jpg"), page);
        Path sealed = session.seal(clear, "ID-1.jpg");

        assertThat(clear).doesNotExist();
        assertThat(sealed.startsWith(spoolRoot)).isTrue();
        byte[] onDisk = Files.readAllBytes(sealed);
        assertThat(indexOf(onDisk, Arrays.copyOfRange(page, 1000, 1032))).isNegative();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sealed))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sealed.getParent())))
                .isEqualTo("rwx------");
        assertThat(session.open(sealed)).isEqualTo(page);
        assertThatThrownBy(() -> next.open(sealed)).isInstanceOf(IOException.class)
                .hasMessageContaining("does not open");
    }

    @Test
    void aPageRenamedToAnotherPageDoesNotOpen() throws IOException {
        SessionSpool session = SessionSpool.open(spoolRoot, scratchRoot);
        Path sealed = session.seal(Files.write(session.scratch().resolve("A-1.jpg"), new byte[] {1, 2, 3}), "A-1.jpg");
        Path moved = Files.move(sealed, sealed.resolveSibling("A-2.jpg.sealed"));

        assertThatThrownBy(() -> session.open(moved)).isInstanceOf(IOException.class);
    }

    @Test
    void whatACrashLeftIsRemovedAtTheNextStartAndAWipeLeavesNothing() throws IOException {
        SessionSpool crashed = SessionSpool.open(spoolRoot, scratchRoot);
        crashed.seal(Files.write(crashed.scratch().resolve("P-1.jpg"), new byte[] {9}), "P-1.jpg");
        Files.write(crashed.scratch().resolve("raw-scan.jpg"), new byte[] {8});

        SessionSpool.sweep(spoolRoot, scratchRoot);

        assertThat(list(spoolRoot)).isEmpty();
        assertThat(list(scratchRoot)).isEmpty();
        SessionSpool ended = SessionSpool.open(spoolRoot, scratchRoot);
        ended.seal(Files.write(ended.scratch().resolve("P-1.jpg"), new byte[] {9}), "P-1.jpg");
        ended.wipe();
        assertThat(list(spoolRoot)).isEmpty();
        assertThat(list(scratchRoot)).isEmpty();
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
