package org.onetrip.kiosk.outbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A filing to commit to the outbox. The outbox encrypts {@code signedManifest} and the files;
 * the other fields hold no unmasked personal data and stay readable.
 *
 * @param submissionId   the package id
 * @param kioskId        first part of the tracking number
 * @param trackingDay    the kiosk's local date, second part of the tracking number
 * @param matterCodes    the matters filed
 * @param bundleCode     the bundle filed, if any
 * @param maskedName     for the technician and the progress list
 * @param maskedIdNumber for the technician and the progress list
 * @param applicantKey   keyed hash of the ID number, to find an applicant's own queued filings
 * @param signedManifest the {@code SignedManifest} JSON, exactly as it will be sent, made for the tracking
 *                       number the outbox gives the filing as it commits it, so the backend, the receipt
 *                       and the progress list all know the filing by one number
 * @param files          the material files
 * @param filedAt        now
 */
public record NewFiling(String submissionId, String kioskId, LocalDate trackingDay, List<String> matterCodes,
                        Optional<String> bundleCode, String maskedName, String maskedIdNumber, String applicantKey,
                        Function<String, byte[]> signedManifest, List<PackageFile> files, Instant filedAt) {

    /** A filing whose manifest does not name its tracking number. */
    public NewFiling(String submissionId, String kioskId, LocalDate trackingDay, List<String> matterCodes,
                     Optional<String> bundleCode, String maskedName, String maskedIdNumber, String applicantKey,
                     byte[] signedManifest, List<PackageFile> files, Instant filedAt) {
        this(submissionId, kioskId, trackingDay, matterCodes, bundleCode, maskedName, maskedIdNumber, applicantKey,
                trackingNumber -> signedManifest.clone(), files, filedAt);
    }

    public NewFiling {
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(trackingDay, "trackingDay");
        matterCodes = List.copyOf(matterCodes);
        Objects.requireNonNull(bundleCode, "bundleCode");
        Objects.requireNonNull(signedManifest, "signedManifest");
        files = List.copyOf(files);
        Objects.requireNonNull(filedAt, "filedAt");
    }

    /** Bytes of the material files before encryption; the manifest adds a few kilobytes. */
    public long packageBytes() {
        return files.stream().mapToLong(f -> f.content().length).sum();
    }

    /** One material file of a package. */
    public record PackageFile(String fileName, byte[] content) {
        @Override
        public String toString() {
            return "PackageFile[" + fileName + ", " + content.length + " bytes]";
        }
    }

    @Override
    public String toString() {
        return "NewFiling[" + submissionId + ", " + files.size() + " file(s)]";
    }
}
