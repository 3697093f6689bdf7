package org.onetrip.backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.certificate.CertificateDocument;
import org.onetrip.backend.certificate.FetchLicenceHandler;
import org.onetrip.backend.certificate.IssueCertificateHandler;
import org.onetrip.backend.certificate.IssuedCertificate;
import org.onetrip.backend.certificate.IssuerKeyHandler;
import org.onetrip.backend.certificate.PrintOutcomeHandler;
import org.onetrip.backend.enrolment.CertificateRenewalHandler;
import org.onetrip.backend.enrolment.EnrolmentDesk;
import org.onetrip.backend.enrolment.EnrolmentHandler;
import org.onetrip.backend.enrolment.KioskRevocationHandler;
import org.onetrip.backend.fleet.CatalogVersionHandler;
import org.onetrip.backend.fleet.HeartbeatHandler;
import org.onetrip.backend.fleet.JournalAdminHandler;
import org.onetrip.backend.fleet.RatingHandler;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Guard;
import org.onetrip.backend.http.Payload;
import org.onetrip.backend.payment.PaymentRoutes;
import org.onetrip.backend.http.Route;
import org.onetrip.backend.submission.CommitSubmissionHandler;
import org.onetrip.backend.submission.EnrolKeyHandler;
import org.onetrip.backend.submission.FilingState;
import org.onetrip.backend.submission.LookupFilingsHandler;
import org.onetrip.backend.submission.Manifest;
import org.onetrip.backend.submission.SignedManifest;
import org.onetrip.backend.submission.SubmissionView;
import org.onetrip.backend.submission.UploadFileHandler;

/** The OpenAPI document and the server describe the same contract. */
class ContractDocumentTest {

    /** The calls that read or produce a citizen's data, counted per kiosk and per ID number. */
    private static final Set<String> CITIZEN_DATA = Set.of("POST /api/v1/applicants/filings:lookup",
            "POST /api/v1/licences:fetch", "POST /api/v1/certificates:issue");

    private static final Path DOCUMENT = Path.of(System.getProperty("basedir", "."))
            .resolve("../docs/api/approval-backend.yaml").normalize();

    @TempDir
    static Path data;

    private static JsonNode doc;
    private static ReferenceBackend backend;

    @BeforeAll
    static void read() throws Exception {
        doc = new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile());
        backend = new ReferenceBackend();
        backend.start(0, data);
    }

    @AfterAll
    static void stop() {
        backend.stop();
    }

    @Test
    void isAnOpenApi303DocumentServedUnderApiV1() {
        assertThat(doc.get("openapi").asText()).isEqualTo("3.0.3");
        assertThat(doc.get("servers").get(0).get("url").asText()).isEqualTo(ReferenceBackend.API_BASE);
    }

    @Test
    void documentsExactlyThePathsTheServerServes() {
        Set<String> served = approvalRoutes().stream()
                .map(r -> r.method() + " " + documentedPath(r))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));

        assertThat(documented).isEqualTo(served);
    }

    @Test
    void theIdempotencyKeyIsRequiredExactlyWhereTheServerRequiresIt() {
        for (Route route : contractRoutes()) {
            JsonNode operation = operation(route);
            boolean documented = parameters(route).stream()
                    .anyMatch(p -> p.get("name").asText().equals("Idempotency-Key") && p.get("required").asBoolean());
            assertThat(documented).as(route.name())
                    .isEqualTo(route.guard() == Guard.MUTATING || route.guard() == Guard.REPLAYED);
            boolean kioskHeader = parameters(route).stream()
                    .anyMatch(p -> p.get("name").asText().equals("X-Kiosk-Id") && !p.get("required").asBoolean());
            assertThat(kioskHeader).as(route.name() + " optional X-Kiosk-Id").isEqualTo(route.guard() != Guard.ENROLMENT);
            assertThat(operation.get("operationId")).as(route.name()).isNotNull();
        }
    }

    @Test
    void everyContractCallButTheEnrolmentNeedsTheKioskCertificate() {
        JsonNode scheme = doc.at("/components/x-securitySchemes/kioskCertificate");
        assertThat(scheme.path("type").asText()).isEqualTo("mutualTLS");
        for (Route route : contractRoutes()) {
            List<String> schemes = new ArrayList<>();
            JsonNode requirements = operation(route).path("x-security");
            assertThat(requirements.isArray()).as(route.name() + " x-security").isTrue();
            requirements.forEach(requirement -> requirement.fieldNames().forEachRemaining(schemes::add));
            if (route.guard() == Guard.ENROLMENT) {
                assertThat(schemes).as(route.name()).isEmpty();
            } else {
                assertThat(schemes).as(route.name()).containsExactly("kioskCertificate");
            }
        }
    }

    @Test
    void theOperatorEndpointsAreServedOutsideTheApiBase() {
        for (Route route : approvalRoutes()) {
            String server = pathItem(route).path("servers").path(0).path("url").asText(null);
            assertThat(server).as(route.name()).isEqualTo(route.guard() == Guard.ADMIN ? "/" : null);
        }
    }

    @Test
    void everyRouteDocumentsEveryRefusalTheRouterAndTransportCanGive() {
        for (Route route : approvalRoutes()) {
            Set<String> expected = new TreeSet<>(List.of("400", "408", "413", "431", "500", "503"));
            if (route.payload() != Payload.NONE) {
                expected.add("415");
            }
            if (route.guard() == Guard.ADMIN) {
                expected.add("401");
            } else if (route.guard() == Guard.ENROLMENT) {
                expected.addAll(List.of("401", "429"));
            } else {
                expected.addAll(List.of("401", "403"));
            }
            if (CITIZEN_DATA.contains(route.name())) {
                expected.add("429");
            }
            Set<String> documented = new TreeSet<>();
            operation(route).get("responses").fieldNames().forEachRemaining(documented::add);
            assertThat(documented).as(route.name()).containsAll(expected);
            assertThat(documented.contains("429")).as(route.name() + " 429 exactly where calls are counted")
                    .isEqualTo(expected.contains("429"));
        }
    }

    @Test
    void theOperatorEndpointsAndOnlyThemNeedTheOperatorToken() {
        JsonNode scheme = doc.at("/components/securitySchemes/operatorToken");
        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("bearer");
        assertThat(doc.has("security")).as("no document-wide security").isFalse();
        for (Route route : approvalRoutes()) {
            List<String> schemes = new ArrayList<>();
            operation(route).path("security").forEach(requirement -> requirement.fieldNames()
                    .forEachRemaining(schemes::add));
            if (route.guard() == Guard.ADMIN) {
                assertThat(schemes).as(route.name()).containsExactly("operatorToken");
            } else {
                assertThat(schemes).as(route.name()).doesNotContain("operatorToken");
            }
        }
    }

    @Test
    void everyOperationDocumentsItsErrorsWithTheErrorBody() {
        for (Route route : approvalRoutes()) {
            JsonNode responses = operation(route).get("responses");
            assertThat(responses.has("400")).as(route.name()).isTrue();
            assertThat(responses.has("500")).as(route.name()).isTrue();
            assertThat(responses.has("503")).as(route.name()).isTrue();
            responses.fields().forEachRemaining(r -> {
                if (Integer.parseInt(r.getKey()) >= 400) {
                    JsonNode response = resolve(r.getValue());
                    assertThat(response.at("/content/application~1json/schema/$ref").asText())
                            .as(route.name() + " " + r.getKey()).isEqualTo("#/components/schemas/ErrorBody");
                }
            });
        }
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    @Test
    void errorCodesAndFilingStatesMatchTheServer() {
        assertThat(texts(doc.at("/components/schemas/Error/properties/code/enum")))
                .containsExactlyElementsOf(names(ErrorCode.values()));
        assertThat(texts(doc.at("/components/schemas/FilingState/enum")))
                .containsExactlyElementsOf(names(FilingState.values()));
    }

    @Test
    void schemasHaveTheFieldsOfTheRecordsTheServerReadsAndWrites() {
        Map<String, Class<?>> schemas = new LinkedHashMap<>();
        schemas.put("KioskKey", EnrolKeyHandler.KeyEnrolment.class);
        schemas.put("Enrolment", EnrolmentHandler.Enrolment.class);
        schemas.put("CertificateRenewal", CertificateRenewalHandler.Renewal.class);
        schemas.put("KioskCertificate", EnrolmentDesk.KioskCertificate.class);
        schemas.put("KioskRevocation", KioskRevocationHandler.Revocation.class);
        schemas.put("SignedManifest", SignedManifest.class);
        schemas.put("Manifest", Manifest.class);
        schemas.put("Applicant", Manifest.Applicant.class);
        schemas.put("Material", Manifest.Material.class);
        schemas.put("PromisedMaterial", Manifest.PromisedMaterial.class);
        schemas.put("Commitment", Manifest.Commitment.class);
        schemas.put("Submission", SubmissionView.class);
        schemas.put("ReceivedFile", SubmissionView.FileView.class);
        schemas.put("FileReceipt", UploadFileHandler.FileReceipt.class);
        schemas.put("Acceptance", CommitSubmissionHandler.Acceptance.class);
        schemas.put("FilingsLookup", LookupFilingsHandler.Lookup.class);
        schemas.put("Filings", LookupFilingsHandler.Filings.class);
        schemas.put("Filing", LookupFilingsHandler.FilingView.class);
        schemas.put("LicenceRequest", FetchLicenceHandler.LicenceRequest.class);
        schemas.put("Consent", FetchLicenceHandler.Consent.class);
        schemas.put("Licence", FetchLicenceHandler.Licence.class);
        schemas.put("CertificateRequest", IssueCertificateHandler.IssueRequest.class);
        schemas.put("DataCertificate", IssuedCertificate.Data.class);
        schemas.put("PdfCertificate", IssuedCertificate.Pdf.class);
        schemas.put("DetachedSignature", IssuedCertificate.DetachedSignature.class);
        schemas.put("CertificateField", CertificateDocument.Field.class);
        schemas.put("CertificateColumn", CertificateDocument.Column.class);
        schemas.put("IssuerKey", IssuerKeyHandler.PublishedKey.class);
        schemas.put("PrintFailure", PrintOutcomeHandler.Failure.class);
        schemas.put("CertificateStatus", PrintOutcomeHandler.CertificateStatus.class);
        schemas.put("CatalogVersion", CatalogVersionHandler.CatalogVersion.class);
        schemas.put("Heartbeat", HeartbeatHandler.Heartbeat.class);
        schemas.put("DeviceReport", HeartbeatHandler.Device.class);
        schemas.put("HeartbeatAck", HeartbeatHandler.Ack.class);
        schemas.put("JournalReport", HeartbeatHandler.JournalReport.class);
        schemas.put("JournalPoint", HeartbeatHandler.JournalPoint.class);
        schemas.put("JournalAnchor", HeartbeatHandler.JournalAnchor.class);
        schemas.put("KioskJournals", JournalAdminHandler.Journals.class);
        schemas.put("KioskJournal", JournalAdminHandler.KioskJournal.class);
        schemas.put("HeldJournalHead", JournalAdminHandler.Held.class);
        schemas.put("JournalLastReport", JournalAdminHandler.LastReport.class);
        schemas.put("JournalFinding", JournalAdminHandler.Found.class);
        schemas.put("Rating", RatingHandler.Rating.class);
        schemas.put("RatingReceipt", RatingHandler.RatingReceipt.class);

        schemas.forEach((name, type) -> {
            JsonNode properties = doc.at("/components/schemas/" + name + "/properties");
            Set<String> documented = new TreeSet<>();
            properties.fieldNames().forEachRemaining(documented::add);
            Set<String> implemented = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(documented).as(name).isEqualTo(implemented);
        });
    }

    /** The routes of this document: the payment platform's are in payment-platform.yaml (PaymentContractDocumentTest). */
    private static List<Route> approvalRoutes() {
        return backend.routes().stream().filter(r -> !PaymentRoutes.isPayment(r)).toList();
    }

    private static List<Route> contractRoutes() {
        return approvalRoutes().stream().filter(r -> r.guard() != Guard.ADMIN).toList();
    }

    /** Contract paths are documented under the server {@code /api/v1}; operator paths under {@code /}. */
    private static String documentedPath(Route route) {
        return route.guard() == Guard.ADMIN ? route.template()
                : route.template().substring(ReferenceBackend.API_BASE.length());
    }

    private static JsonNode pathItem(Route route) {
        return doc.get("paths").get(documentedPath(route));
    }

    private static JsonNode operation(Route route) {
        return pathItem(route).get(route.method().toLowerCase(Locale.ROOT));
    }

    private static List<JsonNode> parameters(Route route) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode source : new JsonNode[] {pathItem(route).path("parameters"), operation(route).path("parameters")}) {
            source.forEach(p -> all.add(resolve(p)));
        }
        return all;
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? doc.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("$ref")) {
                    refs.add(f.getValue().asText());
                } else {
                    collectRefs(f.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
