package org.onetrip.kiosk.powercut;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The contents of a disk as the running system sees them and as they would survive a power cut.
 *
 * <p>Every file holds two versions of its bytes: what was written, and what was on the platter when
 * the file was last forced ({@code fsync}/{@code fdatasync}). Every directory holds two versions of its
 * entries: the names as they are, and the names as they were when the directory itself was last forced.
 * A new file, a rename or an unlink is therefore only durable once its directory is forced, as POSIX
 * promises and no more. {@link #powerBack()} turns the disk into what a restart after the cut finds:
 * from the root down, only forced entries, and in each file only its forced bytes (a file whose name
 * was forced but whose bytes never were comes back empty).
 *
 * <p>{@link #cutAfter} arms the cut: the given number of changing operations later (writes, forces,
 * creations, renames, removals, truncations) the disk freezes, and that operation and every later one
 * fails with an I/O error, as the power is gone. Thread-safe: every method is serialised on the image.
 */
public final class DiskImage {

    /** A failed operation with its {@code errno}. */
    public static final class Refused extends Exception {
        private final int errno;

        Refused(int errno) {
            super(null, null, false, false);
            this.errno = errno;
        }

        public int errno() {
            return errno;
        }
    }

    static final int ENOENT = 2;
    static final int EIO = 5;
    static final int EBADF = 9;
    static final int EEXIST = 17;
    static final int ENOTDIR = 20;
    static final int EISDIR = 21;
    static final int EINVAL = 22;
    static final int ENOTEMPTY = 39;

    /** Names libfuse gives a file that was removed while open; its removal is what they stand for. */
    private static final String HIDDEN_PREFIX = ".fuse_hidden";

    sealed interface Node permits FileNode, DirNode {
        int mode();
    }

    static final class FileNode implements Node {
        byte[] data = new byte[0];
        int size;
        byte[] durable = new byte[0];
        int mode;
        long modifiedMillis = System.currentTimeMillis();

        FileNode(int mode) {
            this.mode = mode;
        }

        @Override
        public int mode() {
            return mode;
        }
    }

    static final class DirNode implements Node {
        final TreeMap<String, Node> entries = new TreeMap<>();
        Map<String, Node> durable = new HashMap<>();
        int mode;
        long modifiedMillis = System.currentTimeMillis();

        DirNode(int mode) {
            this.mode = mode;
        }

        @Override
        public int mode() {
            return mode;
        }
    }

    private final DirNode root = new DirNode(0755);
    private final Map<Long, FileNode> handles = new HashMap<>();
    private long nextHandle = 1;
    private long changesUntilCut = -1;
    private long changes;
    private boolean frozen;

    /** Freezes the disk when {@code changes} more changing operations have come (1: the very next one). */
    public synchronized void cutAfter(long changes) {
        if (changes < 1) {
            throw new IllegalArgumentException("changes must be 1 or more, was " + changes);
        }
        this.changesUntilCut = this.changes + changes;
    }

    /** Freezes the disk now: nothing more reaches it. */
    public synchronized void cutNow() {
        frozen = true;
        notifyAll();
    }

    public synchronized boolean frozen() {
        return frozen;
    }

    /** Changing operations that reached the disk since it was made or last powered back. */
    public synchronized long changes() {
        return changes;
    }

    /** Blocks until the disk is frozen or {@code millis} have passed; true when frozen. */
    public synchronized boolean awaitFrozen(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (!frozen) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    /**
     * The disk as the next start finds it: only what was forced, from the root down. Open files are
     * forgotten (the processes that held them died with the power); the disk takes writes again.
     */
    public synchronized void powerBack() {
        restore(root);
        handles.clear();
        frozen = false;
        changesUntilCut = -1;
        changes = 0;
    }

    private static void restore(DirNode dir) {
        dir.entries.clear();
        for (Map.Entry<String, Node> e : dir.durable.entrySet()) {
            if (!e.getKey().startsWith(HIDDEN_PREFIX)) {
                dir.entries.put(e.getKey(), e.getValue());
            }
        }
        dir.durable = new HashMap<>(dir.entries);
        for (Node node : dir.entries.values()) {
            if (node instanceof DirNode sub) {
                restore(sub);
            } else if (node instanceof FileNode file) {
                file.data = file.durable.clone();
                file.size = file.durable.length;
            }
        }
    }

    // ---- what the file system layer calls

    synchronized Node lookup(String path) throws Refused {
        Node node = root;
        for (String part : parts(path)) {
            if (!(node instanceof DirNode dir)) {
                throw new Refused(ENOTDIR);
            }
            node = dir.entries.get(part);
            if (node == null) {
                throw new Refused(ENOENT);
            }
        }
        return node;
    }

    synchronized FileNode file(long handle) throws Refused {
        FileNode file = handles.get(handle);
        if (file == null) {
            throw new Refused(EBADF);
        }
        return file;
    }

    synchronized long open(String path) throws Refused {
        Node node = lookup(path);
        if (!(node instanceof FileNode file)) {
            throw new Refused(EISDIR);
        }
        return handle(file);
    }

    synchronized long create(String path, int mode) throws Refused {
        change();
        DirNode parent = parentOf(path);
        String name = nameOf(path);
        Node existing = parent.entries.get(name);
        if (existing instanceof DirNode) {
            throw new Refused(EISDIR);
        }
        FileNode file = existing instanceof FileNode f ? f : new FileNode(mode & 07777);
        parent.entries.put(name, file);
        parent.modifiedMillis = System.currentTimeMillis();
        return handle(file);
    }

    synchronized void release(long handle) {
        handles.remove(handle);
    }

    synchronized void mkdir(String path, int mode) throws Refused {
        change();
        DirNode parent = parentOf(path);
        String name = nameOf(path);
        if (parent.entries.containsKey(name)) {
            throw new Refused(EEXIST);
        }
        parent.entries.put(name, new DirNode(mode & 07777));
    }

    synchronized void unlink(String path) throws Refused {
        change();
        DirNode parent = parentOf(path);
        Node node = parent.entries.get(nameOf(path));
        if (node == null) {
            throw new Refused(ENOENT);
        }
        if (node instanceof DirNode) {
            throw new Refused(EISDIR);
        }
        parent.entries.remove(nameOf(path));
    }

    synchronized void rmdir(String path) throws Refused {
        change();
        DirNode parent = parentOf(path);
        Node node = parent.entries.get(nameOf(path));
        if (node == null) {
            throw new Refused(ENOENT);
        }
        if (!(node instanceof DirNode dir)) {
            throw new Refused(ENOTDIR);
        }
        if (!dir.entries.isEmpty()) {
            throw new Refused(ENOTEMPTY);
        }
        parent.entries.remove(nameOf(path));
    }

    synchronized void rename(String from, String to) throws Refused {
        change();
        DirNode fromParent = parentOf(from);
        Node moving = fromParent.entries.get(nameOf(from));
        if (moving == null) {
            throw new Refused(ENOENT);
        }
        DirNode toParent = parentOf(to);
        Node replaced = toParent.entries.get(nameOf(to));
        if (replaced instanceof DirNode dir && !dir.entries.isEmpty()) {
            throw new Refused(ENOTEMPTY);
        }
        if (replaced != null && (replaced instanceof DirNode) != (moving instanceof DirNode)) {
            throw new Refused(replaced instanceof DirNode ? EISDIR : ENOTDIR);
        }
        fromParent.entries.remove(nameOf(from));
        toParent.entries.put(nameOf(to), moving);
    }

    synchronized void chmod(String path, int mode) throws Refused {
        change();
        Node node = lookup(path);
        if (node instanceof FileNode f) {
            f.mode = mode & 07777;
        } else if (node instanceof DirNode d) {
            d.mode = mode & 07777;
        }
    }

    synchronized void touch(String path, long millis) throws Refused {
        change();
        Node node = lookup(path);
        if (node instanceof FileNode f) {
            f.modifiedMillis = millis;
        } else if (node instanceof DirNode d) {
            d.modifiedMillis = millis;
        }
    }

    synchronized int read(FileNode file, byte[] into, long offset) {
        if (offset >= file.size) {
            return 0;
        }
        int n = (int) Math.min(into.length, file.size - offset);
        System.arraycopy(file.data, (int) offset, into, 0, n);
        return n;
    }

    synchronized void write(FileNode file, byte[] bytes, long offset) throws Refused {
        change();
        long end = offset + bytes.length;
        if (end > Integer.MAX_VALUE - 8) {
            throw new Refused(EINVAL);
        }
        if (end > file.data.length) {
            file.data = Arrays.copyOf(file.data, (int) Math.max(end, file.data.length * 2L));
        }
        System.arraycopy(bytes, 0, file.data, (int) offset, bytes.length);
        file.size = (int) Math.max(file.size, end);
        file.modifiedMillis = System.currentTimeMillis();
    }

    synchronized void truncate(FileNode file, long size) throws Refused {
        change();
        if (size > Integer.MAX_VALUE - 8 || size < 0) {
            throw new Refused(EINVAL);
        }
        if (size > file.data.length) {
            file.data = Arrays.copyOf(file.data, (int) size);
        } else if (size < file.size) {
            Arrays.fill(file.data, (int) size, file.size, (byte) 0);
        }
        file.size = (int) size;
        file.modifiedMillis = System.currentTimeMillis();
    }

    /** {@code fsync} of a file: its bytes (not its name) survive a cut from now on. */
    synchronized void force(FileNode file) throws Refused {
        change();
        file.durable = Arrays.copyOf(file.data, file.size);
    }

    /** {@code fsync} of a directory: its entries as they are now survive a cut. */
    synchronized void forceDirectory(String path) throws Refused {
        change();
        Node node = lookup(path);
        if (!(node instanceof DirNode dir)) {
            throw new Refused(ENOTDIR);
        }
        dir.durable = new HashMap<>(dir.entries);
    }

    synchronized List<String> list(String path) throws Refused {
        Node node = lookup(path);
        if (!(node instanceof DirNode dir)) {
            throw new Refused(ENOTDIR);
        }
        return new ArrayList<>(dir.entries.keySet());
    }

    synchronized long bytesUsed() {
        return used(root);
    }

    private static long used(DirNode dir) {
        long total = 4096;
        for (Node node : dir.entries.values()) {
            total += node instanceof DirNode sub ? used(sub) : ((FileNode) node).size;
        }
        return total;
    }

    private long handle(FileNode file) {
        long handle = nextHandle++;
        handles.put(handle, file);
        return handle;
    }

    /** Counts a changing operation, freezing the disk when the armed cut comes; refuses once frozen. */
    private void change() throws Refused {
        if (frozen) {
            throw new Refused(EIO);
        }
        changes++;
        if (changesUntilCut > 0 && changes >= changesUntilCut) {
            frozen = true;
            notifyAll();
            throw new Refused(EIO);
        }
    }

    private DirNode parentOf(String path) throws Refused {
        List<String> parts = parts(path);
        if (parts.isEmpty()) {
            throw new Refused(EINVAL);
        }
        Node parent = lookup("/" + String.join("/", parts.subList(0, parts.size() - 1)));
        if (!(parent instanceof DirNode dir)) {
            throw new Refused(ENOTDIR);
        }
        return dir;
    }

    private static String nameOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static List<String> parts(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }
}
