package org.onetrip.kiosk.submission;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.onetrip.kiosk.backend.CanonicalJson;
import org.onetrip.kiosk.keys.SigningKey;

/**
 * Builds a submission package's manifest ({@code Manifest} of the contract) and signs its
 * canonical form into the {@code SignedManifest} envelope that is stored and later sent
 * unchanged, so every retry presents the very same manifest.
 */
final class PackageManifest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PackageManifest() {
    }

    static ObjectNode manifest(String kioskId, String submissionId, String trackingNumber, FilingRequest request,
            Instant submittedAt) {
        ObjectNode m = JSON.createObjectNode();
        m.put("kioskId", kioskId);
        m.put("submissionId", submissionId);
        m.put("trackingNumber", trackingNumber);
        request.promisedDate().ifPresent(date -> m.put("promisedDate", date.toString()));
        if (request.delivery() instanceof ResultDelivery.ByPost post) {
            m.putObject("delivery").put("method", "POST").put("address", post.address());
        } else {
            m.putObject("delivery").put("method", "HALL");
        }
        if (!request.matterCodes().isEmpty()) {
            ArrayNode matters = m.putArray("matterCodes");
            request.matterCodes().forEach(matters::add);
        }
        request.bundleCode().ifPresent(code -> m.put("bundleCode", code));
        m.set("formAnswers", JSON.valueToTree(request.formAnswers()));
        ObjectNode applicant = m.putObject("applicant");
        applicant.put("idNumber", request.applicant().idNumber());
        applicant.put("name", request.applicant().name());
        request.applicant().validUntil().ifPresent(d -> applicant.put("validUntil", d.toString()));
        ArrayNode materials = m.putArray("materials");
        for (ScannedMaterial material : request.materials()) {
            materials.addObject()
                    .put("materialCode", material.materialCode())
                    .put("fileName", material.fileName())
                    .put("pageCount", material.pageCount())
                    .put("sha256", sha256Hex(material.content()));
        }
        ArrayNode promised = m.putArray("promisedMaterials");
        request.promised().forEach(p -> promised.addObject()
                .put("materialCode", p.materialCode())
                .put("dueBy", p.dueBy().toString()));
        ArrayNode commitments = m.putArray("commitments");
        request.commitments().forEach(c -> commitments.addObject()
                .put("materialCode", c.materialCode())
                .put("text", c.text())
                .put("signedAt", c.signedAt().toString()));
        m.put("createdAt", request.startedAt().toString());
        m.put("submittedAt", submittedAt.toString());
        return m;
    }

    /** The envelope's JSON bytes: the manifest, its signature over the canonical form, the key id and algorithm. */
    static byte[] signedEnvelope(ObjectNode manifest, SigningKey key) {
        byte[] canonical = CanonicalJson.of(manifest);
        ObjectNode envelope = JSON.createObjectNode();
        envelope.set("manifest", manifest);
        envelope.put("signature", Base64.getEncoder().encodeToString(key.sign(canonical)));
        envelope.put("keyId", key.keyId());
        envelope.put("algorithm", SigningKey.ALGORITHM);
        try {
            return JSON.writeValueAsBytes(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
