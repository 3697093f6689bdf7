package org.onetrip.backend.submission;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.onetrip.backend.enrolment.KioskIds;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.ContractHeaders;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.RequestHeaders;
import org.onetrip.backend.http.Router;
import org.onetrip.backend.http.Upload;
import org.onetrip.backend.sealing.SealedBody;
import org.onetrip.backend.store.FilingRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files a filing a kiosk exported by hand ({@code docs/api/exported-filing.md}): a ZIP with
 * {@code filing.json}, the sealed signed manifest and the sealed material files. Each entry must
 * match the SHA-256 the index gives it; then the filing goes through the very handlers an online
 * delivery goes through (create, upload each file, commit), as the kiosk the index names. So the
 * manifest must open with this backend's sealing key and carry a valid signature of that kiosk's
 * enrolled key, and each file must have the digest the signed manifest declares: a file changed on
 * the way, or forged by someone without the kiosk's signing key, is refused.
 *
 * <p>Exactly once, by the submission id: importing it again, or the kiosk delivering it later, is
 * answered with the acceptance number it already has.
 */
public final class FilingImport {

    /** The format the index must name. */
    public static final String FORMAT = "onetrip-sealed-filing/1";

    private static final Logger log = LoggerFactory.getLogger(FilingImport.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final SubmissionDesk desk;
    private final Path spool;
    private final Handler create;
    private final Handler upload;
    private final Handler commit;

    /** @param spool where sealed files are unpacked while they are checked, on the data directory's file system */
    public FilingImport(SubmissionDesk desk, Path spool) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.spool = Objects.requireNonNull(spool, "spool");
        this.create = new CreateSubmissionHandler(desk);
        this.upload = new UploadFileHandler(desk);
        this.commit = new CommitSubmissionHandler(desk);
    }

    /** What an import came to. */
    public sealed interface Outcome {

        /**
         * Filed: now, or already before (by an earlier import or the kiosk's own delivery).
         *
         * @param alreadyFiled whether the backend held the filing before this import
         */
        record Filed(String submissionId, String trackingNumber, String acceptanceNumber, boolean alreadyFiled)
                implements Outcome {
        }

        /**
         * Not filed.
         *
         * @param code    the contract's error code ({@code BAD_SIGNATURE}, {@code UNKNOWN_KEY}, …), or
         *                {@code NOT_AN_EXPORT} / {@code DAMAGED} for a file that is not a sound export
         * @param message what is wrong, for the operator
         */
        record Refused(String code, String message) implements Outcome {
        }
    }

    /** The index, as the kiosk writes it. */
    record Index(String format, String kioskId, String submissionId, String trackingNumber, String sealingKey,
                 Part manifest, List<Part> files) {
    }

    record Part(String name, String entry, long size, String sha256) {
    }

    /** Files the export in {@code file}; never throws for what the file holds. */
    public Outcome importFrom(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Index index = index(zip);
            return file(zip, index);
        } catch (Refusal e) {
            return e.refused;
        } catch (ApiException e) {
            return new Outcome.Refused(e.code().name(), e.getMessage());
        } catch (IOException e) {
            return new Outcome.Refused("NOT_AN_EXPORT", file + " cannot be read as an exported filing: "
                    + e.getMessage());
        }
    }

    private Outcome file(ZipFile zip, Index index) throws IOException {
        String id = index.submissionId();
        boolean already = desk.store.filingOf(id).isPresent();
        byte[] manifest = checked(zip, index.manifest());
        create.handle(request("PUT", id, Map.of("submissionId", id), index, manifest, Optional.empty()));
        for (Part part : index.files()) {
            Path unpacked = unpack(zip, part);
            try {
                Upload body = new Upload(unpacked, part.size(), part.sha256());
                upload.handle(request("PUT", id, Map.of("submissionId", id, "fileName", part.name()), index,
                        new byte[0], Optional.of(body)));
            } finally {
                Files.deleteIfExists(unpacked);
            }
        }
        commit.handle(request("POST", id, Map.of("submissionId", id), index, new byte[0], Optional.empty()));
        FilingRecord filed = desk.store.filingOf(id).orElseThrow(() -> new IllegalStateException(
                "submission " + id + " was committed but holds no filing"));
        log.info("imported filing {} ({}) of kiosk {} as {}{}", id, index.trackingNumber(), index.kioskId(),
                filed.acceptanceNumber(), already ? ", which was already filed" : "");
        return new Outcome.Filed(id, index.trackingNumber(), filed.acceptanceNumber(), already);
    }

    private static Index index(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry("filing.json");
        if (entry == null) {
            throw refusal("NOT_AN_EXPORT", "the file holds no filing.json: it is not a filing exported by a kiosk");
        }
        Index index;
        try (InputStream in = zip.getInputStream(entry)) {
            index = JSON.readValue(in.readNBytes(64 * 1024), Index.class);
        } catch (IOException e) {
            throw refusal("NOT_AN_EXPORT", "filing.json cannot be read: " + e.getMessage());
        }
        if (!FORMAT.equals(index.format())) {
            throw refusal("NOT_AN_EXPORT", "filing.json names format " + index.format() + ", not " + FORMAT);
        }
        if (index.kioskId() == null || !KioskIds.isValid(index.kioskId())) {
            throw refusal("NOT_AN_EXPORT", "filing.json names no valid kiosk id");
        }
        if (index.submissionId() == null || !ManifestRules.SUBMISSION_ID.matcher(index.submissionId()).matches()) {
            throw refusal("NOT_AN_EXPORT", "filing.json names no valid submission id");
        }
        if (index.sealingKey() == null || index.manifest() == null || index.files() == null) {
            throw refusal("NOT_AN_EXPORT", "filing.json needs sealingKey, manifest and files");
        }
        for (Part part : index.files()) {
            if (part.name() == null || !ManifestRules.FILE_NAME.matcher(part.name()).matches()) {
                throw refusal("NOT_AN_EXPORT", "filing.json names a file that is not a safe file name");
            }
        }
        return index;
    }

    /** The entry's bytes, in memory (the sealed manifest is small), checked against the index. */
    private static byte[] checked(ZipFile zip, Part part) throws IOException {
        ZipEntry entry = entryOf(zip, part);
        if (entry.getSize() > 1024 * 1024) {
            throw refusal("DAMAGED", part.entry() + " is larger than a sealed manifest can be");
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = in.readAllBytes();
        }
        requireDigest(part, bytes.length, HexFormat.of().formatHex(sha256().digest(bytes)));
        return bytes;
    }

    /** The entry streamed to a spool file, checked against the index as it streams. */
    private Path unpack(ZipFile zip, Part part) throws IOException {
        ZipEntry entry = entryOf(zip, part);
        Files.createDirectories(spool);
        Path target = spool.resolve("import-" + UUID.randomUUID());
        MessageDigest digest = sha256();
        long size;
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
            size = Files.copy(in, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        try {
            requireDigest(part, size, HexFormat.of().formatHex(digest.digest()));
        } catch (Refusal e) {
            Files.deleteIfExists(target);
            throw e;
        }
        return target;
    }

    private static ZipEntry entryOf(ZipFile zip, Part part) {
        ZipEntry entry = part.entry() == null ? null : zip.getEntry(part.entry());
        if (entry == null) {
            throw refusal("DAMAGED", "the file lacks " + part.entry() + ", which filing.json lists");
        }
        return entry;
    }

    private static void requireDigest(Part part, long size, String sha256) {
        if (size != part.size() || !sha256.equals(part.sha256())) {
            throw refusal("DAMAGED", part.entry() + " does not match the size and SHA-256 filing.json gives it:"
                    + " changed or damaged on the way; export it again at the kiosk");
        }
    }

    private static ApiRequest request(String method, String submissionId, Map<String, String> params, Index index,
                                      byte[] body, Optional<Upload> upload) {
        RequestHeaders headers = new RequestHeaders()
                .add(ContractHeaders.IDEMPOTENCY_KEY, submissionId)
                .add(ContractHeaders.KIOSK_ID, index.kioskId())
                .add(SealedBody.KEY_HEADER, index.sealingKey())
                .add("Content-Type", Router.SEALED_MEDIA_TYPE);
        upload.ifPresent(u -> headers.add(ContractHeaders.CONTENT_SHA256, u.sha256()));
        return new ApiRequest("import-" + UUID.randomUUID(), method, "import", params, headers, index.kioskId(), body,
                upload, InetAddress.getLoopbackAddress(), List.of());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Refusal refusal(String code, String message) {
        return new Refusal(new Outcome.Refused(code, message));
    }

    /** Ends an import early with its refusal. */
    private static final class Refusal extends RuntimeException {
        private final transient Outcome.Refused refused;

        Refusal(Outcome.Refused refused) {
            super(refused.message(), null, false, false);
            this.refused = refused;
        }
    }
}
