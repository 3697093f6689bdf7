package org.onetrip.backend;

import org.onetrip.backend.sealing.SealedBody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.backend.TestKiosk.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every malformed body is refused with a 4xx, the contract's error body, a message that says
 * what is wrong (without echoing the value), and {@code retryable: false}: sending the very
 * same bytes again can never succeed, so a client must not loop on it.
 */
class MalformedBodyTest {

    private static final String LOOKUP = "applicants/filings:lookup";
    private static final String RATINGS = "ratings";
    private static final String CREATE = "submissions/sub-00000001";
    private static final String UPLOAD = "submissions/sub-00000001/files/idcard.pdf";
    private static final String JSON_TYPE = "application/json";

    @TempDir
    static Path data;

    private static ReferenceBackend backend;
    private static TestKiosk kiosk;

    /** One row of the table: where it is sent, how, and what the answer must say. */
    record Case(String name, String path, String contentType, Body body, int status, String code,
                String messagePart) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A body given in full (sent with its length) or streamed in chunks (no length). */
    record Body(byte[] bytes, boolean chunked) {
        static Body of(String text) {
            return new Body(text.getBytes(StandardCharsets.UTF_8), false);
        }

        static Body of(byte[] bytes) {
            return new Body(bytes, false);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        backend = new ReferenceBackend();
        backend.start(0, data);
        kiosk = new TestKiosk(backend, "KIOSK-BJ-0001");
        assertThat(kiosk.enrol().statusCode()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        backend.stop();
    }

    static Stream<Arguments> malformedBodies() {
        String digits = "7".repeat(1_000_000);
        List<Case> cases = new ArrayList<>(List.of(
                new Case("truncated JSON", LOOKUP, JSON_TYPE, Body.of("{\"idNumber\": \"1101011985"),
                        400, "BAD_REQUEST", "not well-formed JSON"),
                new Case("an array where a string belongs", LOOKUP, JSON_TYPE,
                        Body.of("{\"idNumber\": [\"110101198503121239\"]}"), 400, "BAD_REQUEST", "idNumber"),
                new Case("an object where a number belongs", RATINGS, JSON_TYPE,
                        Body.of("{\"sessionRef\": \"s-1\", \"score\": {\"stars\": 5}}"), 400, "BAD_REQUEST", "score"),
                new Case("a top-level array", LOOKUP, JSON_TYPE, Body.of("[1, 2, 3]"), 400, "BAD_REQUEST",
                        "top level"),
                new Case("JSON null", LOOKUP, JSON_TYPE, Body.of("null"), 400, "BAD_REQUEST", "JSON object"),
                new Case("an empty body", LOOKUP, JSON_TYPE, Body.of(""), 400, "BAD_REQUEST", "needs a JSON body"),
                new Case("a number of a million digits", RATINGS, JSON_TYPE,
                        Body.of("{\"sessionRef\": \"s-1\", \"score\": " + digits + "}"), 400, "BAD_REQUEST",
                        "number"),
                new Case("a number of a million digits in the form answers", CREATE, JSON_TYPE,
                        Body.of("{\"manifest\": {\"formAnswers\": {\"householdSize\": " + digits + "}}}"),
                        400, "BAD_REQUEST", "number"),
                new Case("a huge exponent", RATINGS, JSON_TYPE,
                        Body.of("{\"sessionRef\": \"s-1\", \"score\": 1e999999999}"), 400, "BAD_REQUEST", "score"),
                new Case("an integer out of range", RATINGS, JSON_TYPE,
                        Body.of("{\"sessionRef\": \"s-1\", \"score\": 99999999999999999999}"), 400, "BAD_REQUEST",
                        "score"),
                new Case("NaN", RATINGS, JSON_TYPE, Body.of("{\"sessionRef\": \"s-1\", \"score\": NaN}"),
                        400, "BAD_REQUEST", "not well-formed JSON"),
                new Case("arrays nested 100,000 deep", CREATE, JSON_TYPE,
                        Body.of("{\"manifest\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}"), 400,
                        "BAD_REQUEST", "nested deeper"),
                new Case("form answers nested 200 deep", CREATE, JSON_TYPE,
                        Body.of("{\"manifest\": {\"formAnswers\": " + "{\"a\": ".repeat(200) + "1"
                                + "}".repeat(200) + "}}"), 400, "BAD_REQUEST", "nested deeper"),
                new Case("a string of 900,000 characters", LOOKUP, JSON_TYPE,
                        Body.of("{\"idNumber\": \"" + "1".repeat(900_000) + "\"}"), 400, "BAD_REQUEST",
                        "longer than 65536 characters"),
                new Case("a field name of 100,000 characters", LOOKUP, JSON_TYPE,
                        Body.of("{\"" + "n".repeat(100_000) + "\": 1}"), 400, "BAD_REQUEST", "name longer than"),
                new Case("invalid UTF-8", LOOKUP, JSON_TYPE,
                        Body.of(concat("{\"idNumber\": \"11010119850312123".getBytes(StandardCharsets.US_ASCII),
                                new byte[] {(byte) 0xC3, (byte) 0x28}, "\"}".getBytes(StandardCharsets.US_ASCII))),
                        400, "BAD_REQUEST", "UTF-8"),
                new Case("a raw control character in a string", LOOKUP, JSON_TYPE,
                        Body.of("{\"idNumber\": \"1101\u0001\"}"), 400, "BAD_REQUEST", "not well-formed JSON"),
                new Case("trailing garbage", LOOKUP, JSON_TYPE,
                        Body.of("{\"idNumber\": \"110101198503121239\"} {\"idNumber\": 1}"), 400, "BAD_REQUEST",
                        "after the JSON value"),
                new Case("a duplicate field", LOOKUP, JSON_TYPE,
                        Body.of("{\"idNumber\": \"110101198503121239\", \"idNumber\": \"x\"}"), 400, "BAD_REQUEST",
                        "more than once"),
                new Case("a body over the JSON limit", LOOKUP, JSON_TYPE,
                        Body.of("{\"idNumber\": \"" + "1".repeat(2 * 1024 * 1024) + "\"}"), 413,
                        "PAYLOAD_TOO_LARGE", "bytes"),
                new Case("a chunked body over the JSON limit", LOOKUP, JSON_TYPE,
                        new Body(("{\"idNumber\": \"" + "1".repeat(2 * 1024 * 1024) + "\"}")
                                .getBytes(StandardCharsets.UTF_8), true), 413, "PAYLOAD_TOO_LARGE", "bytes"),
                new Case("text/plain", LOOKUP, "text/plain", Body.of("{\"idNumber\": \"110101198503121239\"}"),
                        415, "UNSUPPORTED_MEDIA_TYPE", "application/json"),
                new Case("a form", LOOKUP, "application/x-www-form-urlencoded", Body.of("idNumber=110101198503121239"),
                        415, "UNSUPPORTED_MEDIA_TYPE", "application/json"),
                new Case("no content type", LOOKUP, null, Body.of("{\"idNumber\": \"110101198503121239\"}"),
                        415, "UNSUPPORTED_MEDIA_TYPE", "application/json"),
                new Case("JSON in another charset", LOOKUP, "application/json; charset=ISO-8859-1",
                        Body.of("{\"idNumber\": \"110101198503121239\"}"), 415, "UNSUPPORTED_MEDIA_TYPE", "UTF-8"),
                new Case("JSON sent as a material file", UPLOAD, JSON_TYPE, Body.of("{\"page\": 1}"),
                        415, "UNSUPPORTED_MEDIA_TYPE", "application/vnd.onetrip.sealed")));
        return cases.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void isRefusedWithAClearMessageAndNotRetryable(Case c) throws Exception {
        HttpResponse<String> response = send(c);

        assertThat(response.statusCode()).as(c.name()).isEqualTo(c.status());
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        JsonNode error = json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo(c.code());
        assertThat(error.get("retryable").asBoolean()).isFalse();
        assertThat(error.get("message").asText()).contains(c.messagePart()).doesNotContain("110101198503121239");
        assertThat(error.get("requestId").asText()).isNotBlank()
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
    }

    private static HttpResponse<String> send(Case c) throws Exception {
        // a manifest travels sealed: the backend opens it, then reads the JSON within the same limits
        boolean sealed = c.path().equals(CREATE) && JSON_TYPE.equals(c.contentType());
        byte[] bytes = sealed ? kiosk.seal(c.body().bytes(), SealedBody.manifestContext("sub-00000001"))
                : c.body().bytes();
        HttpRequest.BodyPublisher body = c.body().chunked()
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                : HttpRequest.BodyPublishers.ofByteArray(bytes);
        String method = c.path().equals(LOOKUP) || c.path().equals(RATINGS) ? "POST" : "PUT";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(backend.baseUri() + c.path()))
                .timeout(Duration.ofSeconds(20))
                .header("X-Kiosk-Id", kiosk.kioskId)
                .header("Idempotency-Key", c.path().startsWith("submissions/") ? "sub-00000001" : "key-1")
                .method(method, body);
        if (sealed) {
            request.header("Content-Type", SealedBody.MEDIA_TYPE).header(SealedBody.KEY_HEADER, kiosk.sealingKey().kid());
        } else if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        if (c.path().equals(UPLOAD)) {
            request.header("X-Content-SHA256", "0".repeat(64));
        }
        return kiosk.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Arrays.stream(parts).forEach(out::writeBytes);
        return out.toByteArray();
    }
}
