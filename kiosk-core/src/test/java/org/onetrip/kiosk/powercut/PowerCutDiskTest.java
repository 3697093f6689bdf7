package org.onetrip.kiosk.powercut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The power-cut disk itself: a cut keeps what was forced and loses everything else. */
class PowerCutDiskTest {

    @TempDir
    Path dir;

    private final DiskImage image = new DiskImage();
    private PowerCutDisk disk;

    @BeforeEach
    void mount() throws Exception {
        assumeTrue(PowerCutDisk.available(), "no /dev/fuse or libfuse2 here (or " + PowerCutDisk.NO_FUSE + "=1)");
        disk = PowerCutDisk.mount(image, dir.resolve("disk"));
    }

    @AfterEach
    void unmount() {
        if (disk != null) {
            disk.close();
        }
    }

    @Test
    void aFileNeverForcedIsGoneAfterTheCut() throws Exception {
        write(disk.root().resolve("unforced.txt"), "written", false);
        assertThat(Files.readString(disk.root().resolve("unforced.txt"))).isEqualTo("written");

        cutAndPowerBack();

        assertThat(disk.root().resolve("unforced.txt")).doesNotExist();
    }

    @Test
    void aForcedFileWhoseDirectoryWasNotForcedLosesItsName() throws Exception {
        write(disk.root().resolve("forced.txt"), "on the platter", true);

        cutAndPowerBack();

        assertThat(disk.root().resolve("forced.txt")).doesNotExist();
    }

    @Test
    void aForcedFileInAForcedDirectoryKeepsItsForcedBytesAndLosesTheRest() throws Exception {
        Path file = disk.root().resolve("kept.txt");
        write(file, "forced part;", true);
        forceDirectory(disk.root());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap("unforced tail".getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(Files.readString(file)).isEqualTo("forced part;unforced tail");

        cutAndPowerBack();

        assertThat(Files.readString(file)).isEqualTo("forced part;");
    }

    @Test
    void aRenameIsUndoneUnlessItsDirectoryWasForced() throws Exception {
        Path target = disk.root().resolve("settings");
        write(target, "old", true);
        forceDirectory(disk.root());
        Path replacement = disk.root().resolve("settings.tmp");
        write(replacement, "new", true);
        Files.move(replacement, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

        cutAndPowerBack();
        assertThat(Files.readString(target)).isEqualTo("old");

        write(replacement, "new", true);
        Files.move(replacement, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(disk.root());
        cutAndPowerBack();
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(disk.root().resolve("settings.tmp")).doesNotExist();
    }

    @Test
    void aRemovalIsUndoneUnlessItsDirectoryWasForced() throws Exception {
        Path file = disk.root().resolve("receipt.pdf");
        write(file, "pdf", true);
        forceDirectory(disk.root());
        Files.delete(file);

        cutAndPowerBack();

        assertThat(Files.readString(file)).isEqualTo("pdf");
    }

    @Test
    void onceFrozenNothingMoreIsWritten() throws Exception {
        image.cutNow();

        assertThatThrownBy(() -> write(disk.root().resolve("late.txt"), "late", true)).isInstanceOf(IOException.class);
    }

    @Test
    void anArmedCutFreezesTheDiskAtTheNthChange() throws Exception {
        Path file = disk.root().resolve("counted.txt");
        List<Boolean> wrote = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            image.cutAfter(3);
            for (int i = 0; i < 4; i++) {
                try {
                    channel.write(ByteBuffer.wrap(("line " + i + "\n").getBytes(StandardCharsets.US_ASCII)));
                    wrote.add(true);
                } catch (IOException e) {
                    wrote.add(false);
                }
            }
        }
        // two writes are the next two changes; the third write is the cut, and nothing reaches the disk after it
        assertThat(wrote).containsExactly(true, true, false, false);
        assertThat(image.frozen()).isTrue();
    }

    @Test
    void sqliteInWalModeWithFullSyncKeepsACommittedRowAndWithSyncOffLosesIt() throws Exception {
        Path full = disk.root().resolve("full.db");
        Path off = disk.root().resolve("off.db");
        Process fullKiosk = SqliteProbe.start(SqliteProbe.class, "commit", full.toString(), "FULL");
        Process offKiosk = SqliteProbe.start(SqliteProbe.class, "commit", off.toString(), "OFF");
        assertThat(SqliteProbe.firstLine(fullKiosk)).isEqualTo("committed");
        assertThat(SqliteProbe.firstLine(offKiosk)).isEqualTo("committed");

        // the power fails while both connections are open: no checkpoint at close reaches the disk
        image.cutNow();
        fullKiosk.destroyForcibly().waitFor();
        offKiosk.destroyForcibly().waitFor();
        disk.close();
        image.powerBack();
        disk = PowerCutDisk.mount(image, dir.resolve("disk"));

        assertThat(SqliteProbe.firstLine(SqliteProbe.start(SqliteProbe.class, "count", full.toString())))
                .isEqualTo("rows 1 integrity ok");
        assertThat(SqliteProbe.firstLine(SqliteProbe.start(SqliteProbe.class, "count", off.toString())))
                .as("a commit that was never forced").isEqualTo("rows 0 integrity ok");
    }

    private void cutAndPowerBack() throws Exception {
        image.cutNow();
        disk.close();
        image.powerBack();
        disk = PowerCutDisk.mount(image, dir.resolve("disk"));
    }

    private static void write(Path file, String text, boolean force) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
            if (force) {
                channel.force(true);
            }
        }
    }

    private static void forceDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
