package org.onetrip.kiosk.powercut;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jnr.ffi.Pointer;
import jnr.ffi.types.mode_t;
import jnr.ffi.types.off_t;
import jnr.ffi.types.size_t;
import org.onetrip.kiosk.powercut.DiskImage.DirNode;
import org.onetrip.kiosk.powercut.DiskImage.FileNode;
import org.onetrip.kiosk.powercut.DiskImage.Node;
import org.onetrip.kiosk.powercut.DiskImage.Refused;
import ru.serce.jnrfuse.FuseFillDir;
import ru.serce.jnrfuse.FuseStubFS;
import ru.serce.jnrfuse.struct.FileStat;
import ru.serce.jnrfuse.struct.FuseFileInfo;
import ru.serce.jnrfuse.struct.Statvfs;
import ru.serce.jnrfuse.struct.Timespec;

/**
 * A {@link DiskImage} mounted through FUSE (the kernel's {@code /dev/fuse} and libfuse 2, driven by
 * jnr-fuse), so that a real process (SQLite, the JDK's file channels) reads and writes it with
 * ordinary system calls: {@code fsync} on a file reaches {@link DiskImage#force}, {@code fsync} on a
 * directory reaches {@link DiskImage#forceDirectory}. The kernel passes every write through at once
 * (no write-back cache is asked for), so what a process has written and not forced lives only in the
 * image's unforced half, and a cut loses it.
 *
 * <p>One mount per power cycle: {@link #mount} after {@link DiskImage#powerBack()}, {@link #close}
 * once the processes that used it are dead.
 */
public final class PowerCutDisk extends FuseStubFS implements AutoCloseable {

    /** Set to {@code 1} where the machine has no {@code /dev/fuse} (a container without it): the tests skip. */
    public static final String NO_FUSE = "ONETRIP_NO_FUSE";

    private static final long CAPACITY_BLOCKS = 16L * 1024 * 1024;
    private static final int BLOCK = 4096;

    private final DiskImage image;
    private final Path mountPoint;

    private PowerCutDisk(DiskImage image, Path mountPoint) {
        this.image = image;
        this.mountPoint = mountPoint;
    }

    /** Whether this machine can mount the layer: {@code /dev/fuse} and libfuse 2 present, not turned off. */
    public static boolean available() {
        return !"1".equals(System.getenv(NO_FUSE)) && Files.exists(Path.of("/dev/fuse"))
                && (Files.exists(Path.of("/lib/x86_64-linux-gnu/libfuse.so.2"))
                || Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/libfuse.so.2"))
                || Files.exists(Path.of("/lib/aarch64-linux-gnu/libfuse.so.2")));
    }

    /** Mounts {@code image} at {@code mountPoint} (created if missing) and returns once it answers. */
    public static PowerCutDisk mount(DiskImage image, Path mountPoint) throws Exception {
        Files.createDirectories(mountPoint);
        PowerCutDisk disk = new PowerCutDisk(image, mountPoint);
        // big_writes: up to 128 KiB a call instead of 4 KiB; no write-back cache, so a write reaches the image at once
        disk.mount(mountPoint, false, false, new String[] {"-o", "big_writes,fsname=powercut,subtype=powercut"});
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!mounted(mountPoint)) {
            if (System.nanoTime() > deadline) {
                disk.close();
                throw new IllegalStateException("the power-cut disk did not mount at " + mountPoint);
            }
            Thread.sleep(5); // polling /proc/self/mounts: the mount call itself gives no signal when it is done
        }
        return disk;
    }

    private static boolean mounted(Path mountPoint) throws java.io.IOException {
        String where = " " + mountPoint.toAbsolutePath() + " ";
        return Files.readAllLines(Path.of("/proc/self/mounts")).stream().anyMatch(l -> l.contains(where)
                && l.startsWith("powercut "));
    }

    public Path root() {
        return mountPoint;
    }

    @Override
    public void close() {
        umount();
    }

    // ---- FUSE operations

    @Override
    public int getattr(String path, FileStat stat) {
        try {
            describe(image.lookup(path), stat);
            return 0;
        } catch (Refused e) {
            return -e.errno();
        }
    }

    @Override
    public int fgetattr(String path, FileStat stat, FuseFileInfo fi) {
        try {
            describe(image.file(fi.fh.get()), stat);
            return 0;
        } catch (Refused e) {
            return getattr(path, stat);
        }
    }

    private void describe(Node node, FileStat stat) {
        long millis;
        if (node instanceof DirNode dir) {
            stat.st_mode.set(FileStat.S_IFDIR | dir.mode);
            stat.st_nlink.set(2);
            stat.st_size.set(BLOCK);
            millis = dir.modifiedMillis;
        } else {
            FileNode file = (FileNode) node;
            long size;
            synchronized (image) {
                size = file.size;
                millis = file.modifiedMillis;
            }
            stat.st_mode.set(FileStat.S_IFREG | file.mode);
            stat.st_nlink.set(1);
            stat.st_size.set(size);
            stat.st_blocks.set((size + 511) / 512);
        }
        stat.st_uid.set(getContext().uid.get());
        stat.st_gid.set(getContext().gid.get());
        stat.st_blksize.set(BLOCK);
        for (Timespec t : new Timespec[] {stat.st_atim, stat.st_mtim, stat.st_ctim}) {
            t.tv_sec.set(millis / 1000);
            t.tv_nsec.set((millis % 1000) * 1_000_000);
        }
    }

    @Override
    public int create(String path, @mode_t long mode, FuseFileInfo fi) {
        try {
            fi.fh.set(image.create(path, (int) mode));
            return 0;
        } catch (Refused e) {
            return -e.errno();
        }
    }

    @Override
    public int open(String path, FuseFileInfo fi) {
        try {
            fi.fh.set(image.open(path));
            return 0;
        } catch (Refused e) {
            return -e.errno();
        }
    }

    @Override
    public int release(String path, FuseFileInfo fi) {
        image.release(fi.fh.get());
        return 0;
    }

    @Override
    public int flush(String path, FuseFileInfo fi) {
        return 0; // close(2) forces nothing: only fsync does
    }

    @Override
    public int read(String path, Pointer buf, @size_t long size, @off_t long offset, FuseFileInfo fi) {
        try {
            FileNode file = image.file(fi.fh.get());
            byte[] bytes = new byte[(int) size];
            int n = image.read(file, bytes, offset);
            buf.put(0, bytes, 0, n);
            return n;
        } catch (Refused e) {
            return -e.errno();
        }
    }

    @Override
    public int write(String path, Pointer buf, @size_t long size, @off_t long offset, FuseFileInfo fi) {
        try {
            FileNode file = image.file(fi.fh.get());
            byte[] bytes = new byte[(int) size];
            buf.get(0, bytes, 0, (int) size);
            image.write(file, bytes, offset);
            return (int) size;
        } catch (Refused e) {
            return -e.errno();
        }
    }

    @Override
    public int fsync(String path, int isdatasync, FuseFileInfo fi) {
        try {
            image.force(image.file(fi.fh.get()));
            return 0;
        } catch (Refused e) {
            return -e.errno();
        }
    }

    @Override
    public int truncate(String path, @off_t long size) {
        try {
            if (!(image.lookup(path) instanceof FileNode file)) {
                return -DiskImage.EISDIR;
            }
            image.truncate(file, size);
            return 0;
        } catch (Refused e) {
            return -e.errno();
        }
    }

    @Override
    public int ftruncate(String path, @off_t long size, FuseFileInfo fi) {
        try {
            image.truncate(image.file(fi.fh.get()), size);
            return 0;
        } catch (Refused e) {
            return -e.errno();
        }
    }

    @Override
    public int mkdir(String path, @mode_t long mode) {
        try {
            image.mkdir(path, (int) mode);
            return 0;
        } catch (Refused e) {
            return -e.errno();
        }
    }

    @Override
    public int unlink(String path) {
        try {
            image.unlink(path);
            return 0;
        } catch (Refused e) {
            return -e.errno();
        }
    }

    @Override
    public int rmdir(String path) {
        try {
            image.rmdir(path);
            return 0;
        } catch (Refused e) {
            return -e.errno();
        }
    }

    @Override
    public int rename(String oldpath, String newpath) {
        try {
            image.rename(oldpath, newpath);
            return 0;
        } catch (Refused e) {
            return -e.errno();
        }
    }

    @Override
    public int chmod(String path, @mode_t long mode) {
        try {
            image.chmod(path, (int) mode);
            return 0;
        } catch (Refused e) {
            return -e.errno();
        }
    }

    @Override
    public int chown(String path, long uid, long gid) {
        return 0; // one user: ownership is not part of what a power cut loses
    }

    @Override
    public int utimens(String path, Timespec[] timespec) {
        try {
            long seconds = timespec.length > 1 ? timespec[1].tv_sec.get() : System.currentTimeMillis() / 1000;
            image.touch(path, seconds * 1000);
            return 0;
        } catch (Refused e) {
            return -e.errno();
        }
    }

    @Override
    public int opendir(String path, FuseFileInfo fi) {
        try {
            return image.lookup(path) instanceof DirNode ? 0 : -DiskImage.ENOTDIR;
        } catch (Refused e) {
            return -e.errno();
        }
    }

    @Override
    public int readdir(String path, Pointer buf, FuseFillDir filter, @off_t long offset, FuseFileInfo fi) {
        try {
            filter.apply(buf, ".", null, 0);
            filter.apply(buf, "..", null, 0);
            for (String name : image.list(path)) {
                filter.apply(buf, name, null, 0);
            }
            return 0;
        } catch (Refused e) {
            return -e.errno();
        }
    }

    /** jnr-fuse 0.5.8 maps libfuse's {@code fsyncdir(path, datasync, fi)} without its middle argument: {@code fi} is not usable. */
    @Override
    public int fsyncdir(String path, FuseFileInfo fi) {
        try {
            image.forceDirectory(path);
            return 0;
        } catch (Refused e) {
            return -e.errno();
        }
    }

    @Override
    public int statfs(String path, Statvfs stbuf) {
        long used = (image.bytesUsed() + BLOCK - 1) / BLOCK;
        stbuf.f_bsize.set(BLOCK);
        stbuf.f_frsize.set(BLOCK);
        stbuf.f_blocks.set(CAPACITY_BLOCKS);
        stbuf.f_bfree.set(CAPACITY_BLOCKS - used);
        stbuf.f_bavail.set(CAPACITY_BLOCKS - used);
        stbuf.f_files.set(1_000_000);
        stbuf.f_ffree.set(1_000_000);
        stbuf.f_favail.set(1_000_000);
        stbuf.f_namemax.set(255);
        return 0;
    }
}
