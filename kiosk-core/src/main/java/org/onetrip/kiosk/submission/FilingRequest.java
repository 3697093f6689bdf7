package org.onetrip.kiosk.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything a citizen hands in when they touch "submit". Checked here, so that a filing the
 * backend would refuse as malformed is never committed to the outbox.
 *
 * @param matterCodes  the matters applied for; empty when a bundle is filed
 * @param bundleCode   the "one thing" bundle, when one is filed
 * @param formAnswers  field code to answer: text, numbers, booleans, or lists of those
 * @param applicant    from the ID card
 * @param materials    files handed in, each with a distinct file name
 * @param promised     materials promised for a later top-up; each needs a commitment
 * @param commitments  signed commitments
 * @param startedAt    when the citizen began this filing
 * @param delivery     how the citizen receives the result
 * @param promisedDate the date the hall promises a result by, from the hall's working-day calendar; the
 *                     backend keeps this promise, so the receipt and the progress list agree
 */
public record FilingRequest(List<String> matterCodes, Optional<String> bundleCode, Map<String, Object> formAnswers,
                            Applicant applicant, List<ScannedMaterial> materials, List<PromisedMaterial> promised,
                            List<Commitment> commitments, Instant startedAt, ResultDelivery delivery,
                            Optional<LocalDate> promisedDate) {

    /** A filing collected at the hall, whose promised date the backend sets. */
    public FilingRequest(List<String> matterCodes, Optional<String> bundleCode, Map<String, Object> formAnswers,
                         Applicant applicant, List<ScannedMaterial> materials, List<PromisedMaterial> promised,
                         List<Commitment> commitments, Instant startedAt) {
        this(matterCodes, bundleCode, formAnswers, applicant, materials, promised, commitments, startedAt,
                new ResultDelivery.AtHall(), Optional.empty());
    }

    public FilingRequest {
        matterCodes = List.copyOf(matterCodes);
        Objects.requireNonNull(bundleCode, "bundleCode");
        Objects.requireNonNull(formAnswers, "formAnswers").forEach(FilingRequest::requireAnswer);
        formAnswers = Map.copyOf(formAnswers);
        Objects.requireNonNull(applicant, "applicant");
        materials = List.copyOf(materials);
        promised = List.copyOf(promised);
        commitments = List.copyOf(commitments);
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(promisedDate, "promisedDate");
        if (matterCodes.isEmpty() && bundleCode.isEmpty()) {
            throw new IllegalArgumentException("a filing names at least one matter or a bundle");
        }
        if (matterCodes.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("matter codes must not be blank");
        }
        Set<String> names = new HashSet<>();
        for (ScannedMaterial material : materials) {
            if (!names.add(material.fileName())) {
                throw new IllegalArgumentException("two materials share the file name " + material.fileName());
            }
        }
        Set<String> committed = commitments.stream().map(Commitment::materialCode).collect(Collectors.toSet());
        for (PromisedMaterial p : promised) {
            if (!committed.contains(p.materialCode())) {
                throw new IllegalArgumentException("promised material " + p.materialCode()
                        + " needs a signed commitment");
            }
        }
    }

    private static void requireAnswer(String field, Object answer) {
        boolean plain = answer instanceof String || answer instanceof Number || answer instanceof Boolean;
        boolean list = answer instanceof List<?> items
                && items.stream().allMatch(i -> i instanceof String || i instanceof Number || i instanceof Boolean);
        if (!plain && !list) {
            throw new IllegalArgumentException("answer to " + field + " must be text, a number, yes/no or a list of"
                    + " those, got " + (answer == null ? "nothing" : answer.getClass().getSimpleName()));
        }
    }

    /** Total bytes of the material files. */
    public long materialBytes() {
        return materials.stream().mapToLong(m -> m.content().length).sum();
    }

    @Override
    public String toString() {
        return "FilingRequest[" + (bundleCode.isPresent() ? "bundle " + bundleCode.get() : matterCodes) + ", "
                + materials.size() + " material(s), " + applicant + "]";
    }
}
