package org.onetrip.kiosk.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.onetrip.kiosk.keys.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a set-aside filing to a file, sealed exactly as the outbox keeps it, for the hall to carry
 * to the backend by hand ({@code ./onetrip backend import FILE} on the reference backend). The kiosk
 * cannot read what it writes: the signed manifest and the material files stay sealed to the approval
 * system's key, and the backend checks them as it checks an online delivery, so a file changed on
 * the way is refused. The format is described in {@code docs/api/exported-filing.md}.
 *
 * <p>A ZIP archive, entries stored uncompressed (sealed bytes do not compress):
 * {@value #INDEX} (what is in it, with each entry's SHA-256), {@value #MANIFEST} and
 * {@code files/<fileName>.sealed}. It is written under a temporary name, forced to disk and then
 * renamed, so a drive pulled part-way leaves no file that looks complete.
 *
 * <p>Blocks on disk I/O; keep it off a UI thread.
 */
public final class FilingExport {

    /** The format's name and version, in the index. */
    public static final String FORMAT = "onetrip-sealed-filing/1";
    public static final String INDEX = "filing.json";
    public static final String MANIFEST = "manifest.sealed";
    public static final String FILES = "files/";

    private static final Logger log = LoggerFactory.getLogger(FilingExport.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Outbox outbox;
    private final String kioskId;

    public FilingExport(Outbox outbox, String kioskId) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.kioskId = Objects.requireNonNull(kioskId, "kioskId");
    }

    /**
     * What {@value #INDEX} holds. No personal data: ids, the receipt's tracking number, the sealing key's id.
     *
     * @param format         {@value #FORMAT}
     * @param kioskId        the kiosk that filed it and signed its manifest
     * @param submissionId   the filing's id, by which the backend files it once
     * @param trackingNumber printed on the citizen's receipt
     * @param sealingKey     the kid of the approval system's key everything is sealed to
     * @param manifest       the sealed signed manifest
     * @param files          the sealed material files, in manifest order
     */
    public record Index(String format, String kioskId, String submissionId, String trackingNumber, String sealingKey,
                       Part manifest, List<Part> files) {
    }

    /**
     * One sealed entry.
     *
     * @param name   the material's file name, or {@code manifest}
     * @param entry  its name in the archive
     * @param size   its sealed size in bytes
     * @param sha256 lower-case hex SHA-256 of its sealed bytes
     */
    public record Part(String name, String entry, long size, String sha256) {
    }

    /** The file a filing is exported to in {@code folder}. */
    public static Path fileFor(Path folder, String trackingNumber) {
        return folder.resolve("onetrip-filing-" + trackingNumber + ".zip");
    }

    /**
     * Exports the set-aside filing named by its submission id or tracking number into {@code folder}
     * (e.g. the mounted USB drive), replacing an earlier export of it, and notes the export in the outbox.
     */
    public ExportOutcome exportTo(String filing, Path folder) {
        Optional<OutboxEntry> found = outbox.find(filing);
        if (found.isEmpty()) {
            return new ExportOutcome.Failed(ExportOutcome.Reason.UNKNOWN_FILING, "no filing " + filing + " in the outbox");
        }
        OutboxEntry entry = found.get();
        if (entry.state() != OutboxState.SET_ASIDE) {
            return new ExportOutcome.Failed(ExportOutcome.Reason.NOT_SET_ASIDE, "filing " + entry.trackingNumber()
                    + " is " + entry.state() + "; only a set-aside filing is exported");
        }
        if (!Files.isDirectory(folder)) {
            return new ExportOutcome.Failed(ExportOutcome.Reason.NO_DRIVE, folder + " is not there; is the drive mounted?");
        }
        if (!Files.isWritable(folder)) {
            return new ExportOutcome.Failed(ExportOutcome.Reason.NOT_WRITABLE, folder + " cannot be written");
        }
        Outbox.PendingPackage pkg;
        try {
            pkg = outbox.pendingPackage(entry.submissionId());
        } catch (IllegalStateException e) {
            return new ExportOutcome.Failed(ExportOutcome.Reason.PACKAGE_DAMAGED, e.getMessage());
        }
        Path target = fileFor(folder, entry.trackingNumber());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            write(entry, pkg, part);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            PrivateFiles.forceDirectory(folder);
        } catch (NoSuchFileException e) {
            deleteQuietly(part);
            return new ExportOutcome.Failed(ExportOutcome.Reason.PACKAGE_DAMAGED,
                    "a sealed file of filing " + entry.trackingNumber() + " is missing: " + e.getFile());
        } catch (IOException e) {
            deleteQuietly(part);
            return new ExportOutcome.Failed(ExportOutcome.Reason.WRITE_FAILED,
                    "writing " + target + " stopped: " + e.getMessage());
        }
        outbox.markExported(entry.submissionId());
        long bytes;
        try {
            bytes = Files.size(target);
        } catch (IOException e) {
            bytes = -1;
        }
        log.info("filing {} ({}) exported sealed to {} ({} bytes)", entry.submissionId(), entry.trackingNumber(),
                target, bytes);
        return new ExportOutcome.Written(target, bytes);
    }

    private void write(OutboxEntry entry, Outbox.PendingPackage pkg, Path part) throws IOException {
        byte[] manifest = pkg.signedManifest().bytes();
        Part manifestPart = new Part("manifest", MANIFEST, manifest.length, sha256(manifest));
        List<Part> files = new ArrayList<>();
        List<Long> crcs = new ArrayList<>();
        for (String name : pkg.fileNames()) {
            Path sealed = outbox.sealedFile(pkg, name);
            Digests digests = Digests.of(sealed);
            files.add(new Part(name, FILES + name + ".sealed", digests.size(), digests.sha256()));
            crcs.add(digests.crc());
        }
        Index index = new Index(FORMAT, kioskId, entry.submissionId(), entry.trackingNumber(),
                pkg.signedManifest().keyId(), manifestPart, files);
        try (OutputStream file = Files.newOutputStream(part);
             ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setMethod(ZipOutputStream.STORED);
            byte[] indexBytes = JSON.writeValueAsBytes(index);
            putStored(zip, INDEX, indexBytes);
            putStored(zip, MANIFEST, manifest);
            for (int i = 0; i < files.size(); i++) {
                Part p = files.get(i);
                ZipEntry z = storedEntry(p.entry(), p.size(), crcs.get(i));
                zip.putNextEntry(z);
                try (InputStream in = Files.newInputStream(outbox.sealedFile(pkg, p.name()))) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            zip.finish();
            file.flush();
        }
        // durable before it gets its real name
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void putStored(ZipOutputStream zip, String name, byte[] content) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(content);
        zip.putNextEntry(storedEntry(name, content.length, crc.getValue()));
        zip.write(content);
        zip.closeEntry();
    }

    private static ZipEntry storedEntry(String name, long size, long crc) {
        ZipEntry z = new ZipEntry(name);
        z.setMethod(ZipEntry.STORED);
        z.setSize(size);
        z.setCompressedSize(size);
        z.setCrc(crc);
        return z;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("cannot remove the unfinished export {}: {}", file, e.getMessage());
        }
    }

    private static String sha256(byte[] content) {
        return HexFormat.of().formatHex(newSha256().digest(content));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stored entry's size, CRC-32 (the ZIP needs it before the bytes) and SHA-256, in one read. */
    private record Digests(long size, long crc, String sha256) {
        static Digests of(Path file) throws IOException {
            CRC32 crc = new CRC32();
            MessageDigest sha = newSha256();
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = Files.newInputStream(file)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    crc.update(buffer, 0, n);
                    sha.update(buffer, 0, n);
                    size += n;
                }
            }
            return new Digests(size, crc.getValue(), HexFormat.of().formatHex(sha.digest()));
        }
    }
}
