package org.onetrip.backend.submission;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The manifest of a submission package as the kiosk signs it. Field names are the JSON names.
 * Times are ISO-8601 strings; {@link ManifestRules} checks them.
 */
public record Manifest(
        String kioskId,
        String submissionId,
        List<String> matterCodes,
        String bundleCode,
        JsonNode formAnswers,
        Applicant applicant,
        List<Material> materials,
        List<PromisedMaterial> promisedMaterials,
        List<Commitment> commitments,
        String createdAt,
        String submittedAt,
        String trackingNumber,
        String promisedDate,
        Delivery delivery) {

    public Manifest {
        matterCodes = matterCodes == null ? List.of() : List.copyOf(matterCodes);
        materials = materials == null ? List.of() : List.copyOf(materials);
        promisedMaterials = promisedMaterials == null ? List.of() : List.copyOf(promisedMaterials);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }

    /** The applicant as read from the ID card. {@code validUntil} is absent for a card valid for life. */
    public record Applicant(String idNumber, String name, String validUntil) {
    }

    /** A material sent as a file with this submission. */
    public record Material(String materialCode, String fileName, Integer pageCount, String sha256) {
    }

    /** A material the applicant promised to bring later, by {@code dueBy} (ISO date). */
    public record PromisedMaterial(String materialCode, String dueBy) {
    }

    /** A commitment the applicant signed on the kiosk, e.g. to supply a promised material. */
    public record Commitment(String materialCode, String text, String signedAt) {
    }

    /** How the result reaches the applicant: {@code HALL}, or {@code POST} to {@code address}. */
    public record Delivery(String method, String address) {
    }

    public List<String> fileNames() {
        return materials.stream().map(Material::fileName).toList();
    }
}
