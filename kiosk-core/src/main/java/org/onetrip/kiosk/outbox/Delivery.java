package org.onetrip.kiosk.outbox;

import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.onetrip.kiosk.backend.ApprovalBackendClient;
import org.onetrip.kiosk.backend.ApprovalContract.Acceptance;
import org.onetrip.kiosk.backend.ApprovalContract.FileReceipt;
import org.onetrip.kiosk.backend.ApprovalContract.KioskKey;
import org.onetrip.kiosk.backend.ApprovalContract.RemoteSubmission;
import org.onetrip.kiosk.backend.CallOutcome;
import org.onetrip.kiosk.backend.ContractError;
import org.onetrip.kiosk.keys.SigningKey;
import org.onetrip.kiosk.sealing.SealedBody;
import org.onetrip.kiosk.sealing.SealingKeys;

/**
 * Hands one filing over, following the contract's exactly-once steps: enrol the signing key
 * (once), create the submission from the signed manifest, upload only the files the backend
 * says are missing, commit. Every step is idempotent by the submission id, so an attempt cut
 * short anywhere (crash, lost answer) is simply repeated.
 *
 * <p>Used by the delivery worker's thread only.
 */
public final class Delivery {

    /** The rejection code for a package the kiosk itself can no longer read. */
    public static final String PACKAGE_DAMAGED = "KIOSK_PACKAGE_DAMAGED";

    private final ApprovalBackendClient client;
    private final Outbox outbox;
    private final SigningKey signingKey;
    private final SealingKeys sealingKeys;
    private boolean keyEnrolled;

    public Delivery(ApprovalBackendClient client, Outbox outbox, SigningKey signingKey, SealingKeys sealingKeys) {
        this.client = Objects.requireNonNull(client, "client");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.signingKey = Objects.requireNonNull(signingKey, "signingKey");
        this.sealingKeys = Objects.requireNonNull(sealingKeys, "sealingKeys");
    }

    /** Learns the approval system's sealing key, or a rotation of it, when it is time to ask. */
    public void keepSealingKeyCurrent() {
        sealingKeys.checkIfDue(client);
    }

    /** How long until {@link #keepSealingKeyCurrent} would ask the backend. */
    public java.time.Duration sealingKeyCheckIn() {
        return sealingKeys.nextCheckIn();
    }

    /**
     * Whether the backend answers a plain question ({@code GET /sealing-keys}) now: asked after a
     * failed attempt, to tell a filing that fails from a backend that cannot be reached.
     */
    public boolean backendAnswers() {
        return client.sealingKeys().isOk();
    }

    /** One attempt; never throws for what the backend or network does. */
    public DeliveryResult deliver(String submissionId) {
        if (!keyEnrolled) {
            CallOutcome<KioskKey> enrolled = client.enrolKey(new KioskKey(signingKey.keyId(), SigningKey.ALGORITHM,
                    Base64.getEncoder().encodeToString(signingKey.publicKeyDer()), null));
            if (enrolled instanceof CallOutcome.Refused<KioskKey> refused) {
                return new DeliveryResult.TryLater("the signing key cannot be enrolled: " + refused.wireCode());
            }
            if (enrolled instanceof CallOutcome.Retryable<KioskKey> retry) {
                return later(retry);
            }
            keyEnrolled = true;
        }
        Outbox.PendingPackage pkg;
        try {
            pkg = outbox.pendingPackage(submissionId);
        } catch (IllegalStateException e) {
            return damaged(e);
        }
        outbox.markUploading(submissionId);

        CallOutcome<RemoteSubmission> created = client.createSubmission(submissionId, pkg.signedManifest());
        if (created instanceof CallOutcome.Retryable<RemoteSubmission> retry) {
            return later(retry);
        }
        if (created instanceof CallOutcome.Refused<RemoteSubmission> refused) {
            if (refused.code() == ContractError.UNKNOWN_KEY) {
                keyEnrolled = false;
                return new DeliveryResult.TryLater("the backend does not know the signing key; enrolling again");
            }
            return new DeliveryResult.Rejected(refused.wireCode(), refused.message());
        }
        RemoteSubmission remote = created.orElseThrow();
        if (remote.rejected()) {
            String reason = remote.rejectionReason() == null ? "REJECTED" : remote.rejectionReason();
            return new DeliveryResult.Rejected(reason, "the approval system refused the submission");
        }
        List<String> missing = remote.committed() ? List.of() : remote.missingFiles();

        for (String fileName : missing) {
            if (!pkg.fileNames().contains(fileName)) {
                return new DeliveryResult.Rejected("UNKNOWN_FILE",
                        "the backend asks for " + fileName + ", which this package does not hold");
            }
            SealedBody content;
            try {
                content = outbox.material(pkg, fileName);
            } catch (OutboxException e) {
                if (e.getCause() instanceof NoSuchFileException) {
                    return damaged(e);
                }
                throw e;
            }
            CallOutcome<FileReceipt> uploaded = client.uploadFile(submissionId, fileName, content);
            if (uploaded instanceof CallOutcome.Retryable<FileReceipt> retry) {
                return later(retry);
            }
            if (uploaded instanceof CallOutcome.Refused<FileReceipt> refused) {
                if (refused.code() == ContractError.SUBMISSION_CLOSED) {
                    break; // already committed or rejected: the commit below answers which
                }
                return new DeliveryResult.Rejected(refused.wireCode(), refused.message());
            }
        }

        CallOutcome<Acceptance> committed = client.commit(submissionId);
        if (committed instanceof CallOutcome.Retryable<Acceptance> retry) {
            return later(retry);
        }
        if (committed instanceof CallOutcome.Refused<Acceptance> refused) {
            return switch (refused.code()) {
                case FILES_MISSING -> new DeliveryResult.TryLater("the backend still misses files; uploading again");
                case SUBMISSION_REJECTED -> new DeliveryResult.Rejected(
                        refused.detail("reason").isEmpty() ? refused.wireCode() : refused.detail("reason"),
                        refused.message());
                default -> new DeliveryResult.Rejected(refused.wireCode(), refused.message());
            };
        }
        return acknowledged(committed.orElseThrow());
    }

    /**
     * A package that can no longer be sent as it was filed would block every filing behind it
     * for ever; it is set aside as rejected for the technician, who can requeue it.
     */
    private static DeliveryResult damaged(RuntimeException e) {
        return new DeliveryResult.Rejected(PACKAGE_DAMAGED, e.getMessage());
    }

    private static DeliveryResult later(CallOutcome.Retryable<?> retry) {
        return new DeliveryResult.TryLater(retry.reason(), retry.status());
    }

    private static DeliveryResult acknowledged(Acceptance acceptance) {
        if (acceptance.acceptanceNumber() == null || acceptance.acceptanceNumber().isBlank()) {
            return new DeliveryResult.TryLater("the commit answer has no acceptance number");
        }
        LocalDate promised;
        try {
            promised = acceptance.promisedDate() == null ? null : acceptance.promised();
        } catch (DateTimeParseException e) {
            promised = null;
        }
        return new DeliveryResult.Acknowledged(acceptance.acceptanceNumber(), promised);
    }
}
