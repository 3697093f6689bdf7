package org.onetrip.backend.submission;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.sealing.SealedBody;
import org.onetrip.backend.store.Digests;
import org.onetrip.backend.http.ContractHeaders;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.Reply;
import org.onetrip.backend.http.Upload;
import org.onetrip.backend.store.ReceivedFile;
import org.onetrip.backend.store.SubmissionRecord;
import org.onetrip.backend.store.SubmissionState;

/**
 * {@code PUT /submissions/{submissionId}/files/{fileName}}: one material file, sealed to the backend's
 * key, which the transport has streamed to disk and hashed on the way. The sealed body must match its
 * digest header; the opened file must have the digest the manifest declares. Sending a file that was
 * already received answers 200 and changes nothing.
 */
public final class UploadFileHandler implements Handler {

    private final SubmissionDesk desk;

    public UploadFileHandler(SubmissionDesk desk) {
        this.desk = desk;
    }

    /** The file's answer (schema {@code FileReceipt}). */
    public record FileReceipt(String submissionId, String fileName, String sha256, long size, String receivedAt,
                              List<String> missingFiles) {
    }

    @Override
    public Reply handle(ApiRequest request) {
        String submissionId = desk.submissionId(request);
        String fileName = request.pathParam("fileName");
        SubmissionRecord submission = desk.ownSubmission(submissionId, request.kioskId());
        Manifest manifest = desk.manifestOf(submission);
        Manifest.Material material = manifest.materials().stream()
                .filter(m -> m.fileName().equals(fileName))
                .findFirst()
                .orElseThrow(() -> new ApiException(ErrorCode.UNKNOWN_FILE,
                        "the manifest of " + submissionId + " declares no file " + fileName));
        Upload upload = request.upload()
                .orElseThrow(() -> new IllegalStateException("an upload route streams its body to disk"));
        String declared = declaredSha256(request);
        if (!upload.sha256().equals(declared)) {
            throw new ApiException(ErrorCode.DIGEST_MISMATCH,
                    "the body's SHA-256 does not match the digest header; the upload was damaged, send it again");
        }
        byte[] content = desk.sealed.open(request, upload.file(), SealedBody.fileContext(submissionId, fileName));
        String actual = Digests.sha256Hex(content);
        if (!actual.equals(material.sha256())) {
            throw new ApiException(ErrorCode.MANIFEST_DIGEST_MISMATCH,
                    "file " + fileName + " does not have the SHA-256 the signed manifest declares");
        }
        synchronized (desk) {
            List<ReceivedFile> received = desk.store.receivedFiles(submissionId);
            Optional<ReceivedFile> already = received.stream().filter(f -> f.fileName().equals(fileName)).findFirst();
            if (already.isPresent()) {
                return desk.json.reply(200, receipt(submissionId, already.get(), manifest));
            }
            SubmissionState state = desk.ownSubmission(submissionId, request.kioskId()).state();
            if (state != SubmissionState.OPEN) {
                throw new ApiException(ErrorCode.SUBMISSION_CLOSED,
                        "submission " + submissionId + " is " + state + " and takes no more files");
            }
            desk.files.write(submissionId, fileName, content, upload.file());
            ReceivedFile file = new ReceivedFile(fileName, actual, content.length, desk.clock.instant());
            desk.store.recordFile(submissionId, file);
            return desk.json.reply(201, receipt(submissionId, file, manifest));
        }
    }

    private FileReceipt receipt(String submissionId, ReceivedFile file, Manifest manifest) {
        return new FileReceipt(submissionId, file.fileName(), file.sha256(), file.size(), file.receivedAt().toString(),
                desk.missingFiles(manifest, desk.store.receivedFiles(submissionId)));
    }

    /** Lower-case hex from {@code X-Content-SHA256} or from {@code Digest: SHA-256=<base64>}. */
    private static String declaredSha256(ApiRequest request) {
        String hex = request.header(ContractHeaders.CONTENT_SHA256);
        if (hex != null) {
            String lower = hex.toLowerCase(Locale.ROOT);
            if (!lower.matches("[0-9a-f]{64}")) {
                throw new ApiException(ErrorCode.BAD_REQUEST, "X-Content-SHA256 must be 64 hex digits");
            }
            return lower;
        }
        String digest = request.header(ContractHeaders.DIGEST);
        if (digest != null) {
            for (String part : digest.split(",")) {
                String item = part.trim();
                int eq = item.indexOf('=');
                if (eq > 0 && item.substring(0, eq).equalsIgnoreCase("SHA-256")) {
                    try {
                        byte[] raw = Base64.getDecoder().decode(item.substring(eq + 1));
                        if (raw.length == 32) {
                            return HexFormat.of().formatHex(raw);
                        }
                    } catch (IllegalArgumentException e) {
                        // reported below with the header's expected form
                    }
                    throw new ApiException(ErrorCode.BAD_REQUEST, "Digest SHA-256 must be base64 of 32 bytes");
                }
            }
        }
        throw new ApiException(ErrorCode.MISSING_HEADER,
                "a file upload needs X-Content-SHA256 (hex) or Digest: SHA-256=<base64>");
    }
}
