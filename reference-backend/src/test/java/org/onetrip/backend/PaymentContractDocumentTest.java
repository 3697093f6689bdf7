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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.http.Guard;
import org.onetrip.backend.http.Route;
import org.onetrip.backend.payment.PaymentFault;
import org.onetrip.backend.payment.PaymentPlatform;
import org.onetrip.backend.payment.PaymentRoutes;

/** {@code docs/api/payment-platform.yaml} and the reference platform describe the same contract. */
class PaymentContractDocumentTest {

    private static final Path DOCUMENT = Path.of(System.getProperty("basedir", "."))
            .resolve("../docs/api/payment-platform.yaml").normalize();

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
    void documentsExactlyThePathsThePlatformServes() {
        assertThat(doc.get("servers").get(0).get("url").asText()).isEqualTo(PaymentPlatform.API_BASE);
        Set<String> served = paymentRoutes().stream().map(r -> r.method() + " " + documentedPath(r))
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
    void theIdempotencyKeyAndTheKioskCertificateAreDocumentedWhereTheServerRequiresThem() {
        for (Route route : paymentRoutes()) {
            JsonNode operation = operation(route);
            List<JsonNode> parameters = new ArrayList<>();
            operation.path("parameters").forEach(p -> parameters.add(resolve(p)));
            boolean idempotency = parameters.stream()
                    .anyMatch(p -> p.get("name").asText().equals("Idempotency-Key") && p.get("required").asBoolean());
            assertThat(idempotency).as(route.name()).isEqualTo(route.guard() == Guard.MUTATING);
            List<String> schemes = new ArrayList<>();
            operation.path(route.guard() == Guard.ADMIN ? "security" : "x-security")
                    .forEach(r -> r.fieldNames().forEachRemaining(schemes::add));
            assertThat(schemes).as(route.name())
                    .containsExactly(route.guard() == Guard.ADMIN ? "operatorToken" : "kioskCertificate");
            Set<String> responses = new TreeSet<>();
            operation.get("responses").fieldNames().forEachRemaining(responses::add);
            assertThat(responses).as(route.name()).contains("400", "401", "408", "413", "431", "500", "503");
        }
    }

    @Test
    void everyReferenceResolvesAndTheFaultsAreTheServers() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        for (String ref : refs) {
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
        List<String> faults = new ArrayList<>();
        doc.at("/components/schemas/PaymentFaultSettings/properties/faults/items/enum").forEach(f -> faults.add(f.asText()));
        assertThat(faults).containsExactlyElementsOf(Arrays.stream(PaymentFault.values()).map(Enum::name).toList());
    }

    @Test
    void schemasHaveTheFieldsOfTheRecordsTheServerReadsAndWrites() {
        Map<String, Class<?>> schemas = new LinkedHashMap<>();
        schemas.put("PayableNotice", PaymentPlatform.NoticeView.class);
        schemas.put("NewOrder", PaymentPlatform.NewOrder.class);
        schemas.put("Order", PaymentPlatform.OrderView.class);
        schemas.put("EReceipt", PaymentPlatform.EReceipt.class);
        schemas.put("CodePayment", PaymentPlatform.CodePayment.class);
        schemas.put("RefundRequest", PaymentPlatform.RefundRequest.class);
        schemas.put("Refund", PaymentPlatform.RefundView.class);
        schemas.put("Notification", PaymentPlatform.NotificationView.class);
        schemas.put("Notifications", PaymentPlatform.Notifications.class);
        schemas.put("StatementRefund", PaymentPlatform.StatementRefund.class);
        schemas.put("StatementLine", PaymentPlatform.StatementLine.class);
        schemas.put("Statement", PaymentPlatform.Statement.class);
        schemas.put("PaymentFaultSettings", PaymentRoutes.FaultSettings.class);
        schemas.put("PayerScan", PaymentRoutes.PayerScan.class);
        schemas.forEach((name, type) -> {
            Set<String> documented = new TreeSet<>();
            doc.at("/components/schemas/" + name + "/properties").fieldNames().forEachRemaining(documented::add);
            Set<String> implemented = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(documented).as(name).isEqualTo(implemented);
        });
    }

    private static List<Route> paymentRoutes() {
        return backend.routes().stream().filter(PaymentRoutes::isPayment).toList();
    }

    private static String documentedPath(Route route) {
        return route.guard() == Guard.ADMIN ? route.template()
                : route.template().substring(PaymentPlatform.API_BASE.length());
    }

    private static JsonNode operation(Route route) {
        return doc.get("paths").get(documentedPath(route)).get(route.method().toLowerCase(Locale.ROOT));
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
}
