package org.onetrip.kiosk.submission;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.onetrip.devices.privacy.Masking;
import org.onetrip.kiosk.keys.LookupKey;
import org.onetrip.kiosk.keys.SigningKey;
import org.onetrip.kiosk.outbox.AddResult;
import org.onetrip.kiosk.outbox.NewFiling;
import org.onetrip.kiosk.outbox.Outbox;
import org.onetrip.kiosk.outbox.OutboxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the citizen's "submit" lands: builds and signs the package and commits it to the
 * outbox. When {@link #file} answers {@link FilingOutcome.Filed}, the filing is on disk and the
 * receipt may print; the delivery worker takes it from there. Nothing on this path touches
 * the network.
 *
 * <p>Blocks for one disk commit (a few milliseconds); call it off the UI thread. Thread-safe.
 */
public final class SubmissionDesk {

    private static final Logger log = LoggerFactory.getLogger(SubmissionDesk.class);

    private final String kioskId;
    private final Outbox outbox;
    private final SigningKey signingKey;
    private final LookupKey lookupKey;
    private final Clock clock;
    private final ZoneId zone;
    private final Supplier<String> submissionIds;

    /**
     * @param zone          the kiosk's local time zone, for the date in tracking numbers
     * @param submissionIds new package ids, 8 to 64 of {@code [A-Za-z0-9_-]}; random UUIDs in production
     */
    public SubmissionDesk(String kioskId, Outbox outbox, SigningKey signingKey, LookupKey lookupKey, Clock clock,
                          ZoneId zone, Supplier<String> submissionIds) {
        this.kioskId = Objects.requireNonNull(kioskId, "kioskId");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.signingKey = Objects.requireNonNull(signingKey, "signingKey");
        this.lookupKey = Objects.requireNonNull(lookupKey, "lookupKey");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.submissionIds = Objects.requireNonNull(submissionIds, "submissionIds");
    }

    public SubmissionDesk(String kioskId, Outbox outbox, SigningKey signingKey, LookupKey lookupKey, Clock clock,
                          ZoneId zone) {
        this(kioskId, outbox, signingKey, lookupKey, clock, zone, () -> UUID.randomUUID().toString());
    }

    /** Files the request: {@link FilingOutcome.Filed} once it is durably queued, else why not. */
    public FilingOutcome file(FilingRequest request) {
        Objects.requireNonNull(request, "request");
        String submissionId = submissionIds.get();
        Instant now = clock.instant();

        String maskedName = Masking.name(request.applicant().name());
        String maskedId = Masking.identifier(request.applicant().idNumber());
        NewFiling filing = new NewFiling(submissionId, kioskId, now.atZone(zone).toLocalDate(),
                request.matterCodes(), request.bundleCode(), maskedName, maskedId,
                lookupKey.applicantKey(request.applicant().idNumber()),
                tracking -> PackageManifest.signedEnvelope(
                        PackageManifest.manifest(kioskId, submissionId, tracking, request, now), signingKey),
                request.materials().stream().map(m -> new NewFiling.PackageFile(m.fileName(), m.content())).toList(),
                now);
        AddResult added;
        try {
            added = outbox.add(filing);
        } catch (OutboxException e) {
            log.error("filing {} could not be committed: {}", submissionId, e.getMessage());
            return new FilingOutcome.Refused(FilingRefused.OUTBOX_UNAVAILABLE,
                    "the outbox cannot be written: " + e.getMessage());
        }
        if (added instanceof AddResult.NoSealingKey) {
            return new FilingOutcome.Refused(FilingRefused.NO_SEALING_KEY,
                    "no pinned sealing key of the approval system is known yet: nothing can be kept for it");
        }
        if (added instanceof AddResult.NoSpace noSpace) {
            return new FilingOutcome.Refused(FilingRefused.DISK_FULL, "the disk has " + noSpace.usableBytes()
                    + " bytes free; this filing needs " + noSpace.neededBytes() + " with the reserve");
        }
        String tracking = ((AddResult.Added) added).trackingNumber();
        ReceiptData receipt = new ReceiptData(tracking, kioskId, request.matterCodes(), request.bundleCode(),
                maskedName, maskedId, now,
                request.materials().stream()
                        .map(m -> new ReceiptData.ReceivedMaterial(m.materialCode(), m.pageCount())).toList(),
                request.promised(), request.commitments().stream().map(Commitment::materialCode).toList(),
                request.delivery(), request.promisedDate());
        return new FilingOutcome.Filed(submissionId, tracking, receipt);
    }
}
