package org.onetrip.backend.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Json;
import org.onetrip.backend.registry.IdNumbers;

/** Reads a manifest and lists everything wrong with it at once, so the kiosk can fix it in one go. */
public final class ManifestRules {

    /** Submission ids: 8 to 64 letters, digits, '-' or '_' (a UUID fits). */
    public static final Pattern SUBMISSION_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    /** File names: one path segment of letters, digits, '.', '-', '_', not starting with '.'. */
    public static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    /** The kiosk's tracking numbers, as its receipts print them. */
    public static final Pattern TRACKING_NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9-]{5,39}");

    private final ObjectMapper mapper;

    public ManifestRules(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Parses and checks a manifest against the call it arrived with.
     *
     * @throws ApiException {@link ErrorCode#INVALID_MANIFEST} listing every problem in {@code details.problems}
     */
    public Manifest check(JsonNode node, String submissionId, String kioskId) {
        if (node == null || !node.isObject()) {
            throw invalid(List.of("manifest must be a JSON object"));
        }
        Manifest m;
        try {
            m = mapper.treeToValue(node, Manifest.class);
        } catch (JsonMappingException e) {
            throw invalid(List.of("manifest has a field of the wrong type at " + Json.fieldPath(e)));
        } catch (JsonProcessingException e) {
            throw invalid(List.of("manifest cannot be read"));
        }
        List<String> problems = new ArrayList<>();
        if (!submissionId.equals(m.submissionId())) {
            problems.add("submissionId must equal the submission id in the path");
        }
        if (!kioskId.equals(m.kioskId())) {
            problems.add("kioskId must equal the X-Kiosk-Id header");
        }
        if (m.matterCodes().isEmpty() && isBlank(m.bundleCode())) {
            problems.add("either matterCodes (non-empty) or bundleCode is required");
        }
        if (m.matterCodes().stream().anyMatch(ManifestRules::isBlank)) {
            problems.add("matterCodes must not contain blank codes");
        }
        if (m.formAnswers() != null && !m.formAnswers().isObject()) {
            problems.add("formAnswers must be a JSON object");
        }
        checkApplicant(m.applicant(), problems);
        checkMaterials(m, problems);
        checkInstant("createdAt", m.createdAt(), problems);
        checkInstant("submittedAt", m.submittedAt(), problems);
        if (m.trackingNumber() != null && !TRACKING_NUMBER.matcher(m.trackingNumber()).matches()) {
            problems.add("trackingNumber must be 6 to 40 capital letters, digits or dashes");
        }
        if (m.promisedDate() != null) {
            checkDate("promisedDate", m.promisedDate(), problems);
        }
        if (m.delivery() != null) {
            boolean post = "POST".equals(m.delivery().method());
            if (!post && !"HALL".equals(m.delivery().method())) {
                problems.add("delivery.method must be HALL or POST");
            } else if (post && isBlank(m.delivery().address())) {
                problems.add("delivery.address is required for POST");
            }
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return m;
    }

    private static void checkApplicant(Manifest.Applicant applicant, List<String> problems) {
        if (applicant == null) {
            problems.add("applicant is required");
            return;
        }
        if (!IdNumbers.isValid(applicant.idNumber())) {
            problems.add("applicant.idNumber is not a valid 18-character resident ID number");
        }
        if (isBlank(applicant.name())) {
            problems.add("applicant.name is required");
        }
        if (applicant.validUntil() != null) {
            checkDate("applicant.validUntil", applicant.validUntil(), problems);
        }
    }

    private static void checkMaterials(Manifest m, List<String> problems) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < m.materials().size(); i++) {
            Manifest.Material material = m.materials().get(i);
            String at = "materials[" + i + "]";
            if (material == null) {
                problems.add(at + " must be an object");
                continue;
            }
            if (isBlank(material.materialCode())) {
                problems.add(at + ".materialCode is required");
            }
            if (material.fileName() == null || !FILE_NAME.matcher(material.fileName()).matches()) {
                problems.add(at + ".fileName must match " + FILE_NAME.pattern());
            } else if (!names.add(material.fileName())) {
                problems.add(at + ".fileName " + material.fileName() + " appears twice");
            }
            if (material.pageCount() == null || material.pageCount() < 1) {
                problems.add(at + ".pageCount must be 1 or more");
            }
            if (material.sha256() == null || !SHA256_HEX.matcher(material.sha256()).matches()) {
                problems.add(at + ".sha256 must be 64 lower-case hex digits");
            }
        }
        Set<String> committed = new HashSet<>();
        for (Manifest.Commitment c : m.commitments()) {
            if (c == null || isBlank(c.materialCode()) || isBlank(c.text())) {
                problems.add("each commitment needs materialCode and text");
                continue;
            }
            checkInstant("commitment " + c.materialCode() + " signedAt", c.signedAt(), problems);
            committed.add(c.materialCode());
        }
        for (Manifest.PromisedMaterial p : m.promisedMaterials()) {
            if (p == null || isBlank(p.materialCode())) {
                problems.add("each promised material needs a materialCode");
                continue;
            }
            checkDate("promised material " + p.materialCode() + " dueBy", p.dueBy(), problems);
            if (!committed.contains(p.materialCode())) {
                problems.add("promised material " + p.materialCode() + " has no signed commitment");
            }
        }
    }

    private static void checkInstant(String field, String value, List<String> problems) {
        try {
            Instant.parse(value == null ? "" : value);
        } catch (DateTimeParseException e) {
            problems.add(field + " must be an ISO-8601 instant such as 2026-11-21T08:30:00Z");
        }
    }

    private static void checkDate(String field, String value, List<String> problems) {
        try {
            LocalDate.parse(value == null ? "" : value);
        } catch (DateTimeParseException e) {
            problems.add(field + " must be an ISO-8601 date such as 2026-12-01");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static ApiException invalid(List<String> problems) {
        return new ApiException(ErrorCode.INVALID_MANIFEST, "the manifest is invalid: " + String.join("; ", problems),
                Map.of("problems", problems));
    }
}
