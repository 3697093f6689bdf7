package org.onetrip.backend;

import org.onetrip.backend.sealing.SealedBody;
import org.onetrip.backend.store.Digests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.backend.TestKiosk.ZHANG_WEI;
import static org.onetrip.backend.TestKiosk.json;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients sending 60 MiB each at once (eight JSON bodies, four sealed files): the backend, in a
 * JVM of 512 MiB that exits on running out of memory, keeps answering other calls promptly and is
 * still alive afterwards.
 * JSON bodies that large are refused before they are read; material files that large are
 * accepted, streamed to disk, and opened (they arrive sealed) one at a time.
 */
class BoundedHeapTest {

    private static final long SIXTY_MIB = 60L * 1024 * 1024;
    private static final Duration PROMPT = Duration.ofSeconds(5);

    @TempDir
    static Path data;

    private static ChildBackend backend;
    private static TestKiosk kiosk;

    @BeforeAll
    static void start() throws Exception {
        // 512 MiB, the heap the old server ran out of: opening one sealed 60 MiB file holds the
        // ciphertext, the plaintext and the cipher's copy, so files are opened one at a time
        backend = new ChildBackend("512m", data.resolve("backend"));
        kiosk = new TestKiosk(backend.baseUri(), data.resolve("backend"), "KIOSK-BJ-0001");
        assertThat(kiosk.enrol().statusCode()).isEqualTo(201);
    }

    @AfterAll
    static void stop() throws Exception {
        backend.close();
    }

    @Test
    void eightSixtyMibJsonBodiesAreRefusedWhileOtherCallsAreAnswered() throws Exception {
        List<CompletableFuture<Integer>> sends = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            HttpRequest request = kiosk.request("PUT", "submissions/sub-json-0000000" + i, null,
                            "Idempotency-Key", "sub-json-0000000" + i, "Content-Type", "application/json")
                    .timeout(Duration.ofMinutes(2))
                    .PUT(sized(() -> new GeneratedBody(SIXTY_MIB, "{\"manifest\": {\"formAnswers\": {\"note\": \"",
                            "\"}}}", 0)))
                    .build();
            sends.add(kiosk.http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> failure == null ? response.statusCode() : -1));
        }

        int promptAnswers = answerPromptlyUntilDone(sends);

        assertThat(sends).allSatisfy(s -> assertThat(s.join()).isEqualTo(413));
        assertThat(promptAnswers).isPositive();
        assertThat(backend.isAlive()).as(backend.output()).isTrue();
        assertThat(kiosk.send("GET", "catalog/version", null).statusCode()).isEqualTo(200);
    }

    @Test
    void fourSixtyMibSealedMaterialFilesAreStoredWhileOtherCallsAreAnswered() throws Exception {
        // four, not eight: each sealed body is made and held by this test's own 1 GiB JVM while it is sent
        byte[] scan = new GeneratedBody(SIXTY_MIB, "%PDF-1.7\n", "%%EOF\n", 7).readAllBytes();
        String sha256 = Digests.sha256Hex(scan);
        List<CompletableFuture<HttpResponse<String>>> uploads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String submissionId = "sub-file-0000000" + i;
            assertThat(kiosk.create(submissionId, kiosk.envelope(kiosk.manifestDeclaring(submissionId, ZHANG_WEI,
                    Map.of("scan.pdf", sha256)))).statusCode()).isEqualTo(201);
            byte[] sealed = kiosk.seal(scan, SealedBody.fileContext(submissionId, "scan.pdf"));
            HttpRequest request = kiosk.request("PUT", "submissions/" + submissionId + "/files/scan.pdf", null,
                            "Idempotency-Key", submissionId, "X-Content-SHA256", Digests.sha256Hex(sealed),
                            "Content-Type", SealedBody.MEDIA_TYPE, SealedBody.KEY_HEADER, kiosk.sealingKey().kid())
                    .timeout(Duration.ofMinutes(3))
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(sealed))
                    .build();
            uploads.add(kiosk.http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }

        int promptAnswers = answerPromptlyUntilDone(uploads);

        assertThat(uploads).allSatisfy(u -> assertThat(u.join().statusCode()).as(u.join().body()).isEqualTo(201));
        assertThat(promptAnswers).isPositive();
        assertThat(backend.isAlive()).as(backend.output()).isTrue();
        assertThat(json(kiosk.status("sub-file-00000003")).get("receivedFiles").get(0).get("size").asLong())
                .isEqualTo(SIXTY_MIB);
    }

    /** Asks for the catalog version again and again until every send is done; each answer must be prompt. */
    private static int answerPromptlyUntilDone(List<? extends CompletableFuture<?>> sends) throws Exception {
        CompletableFuture<Void> all = CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
        int answeredWhileBusy = 0;
        while (!all.isDone()) {
            long started = System.nanoTime();
            HttpResponse<String> version = kiosk.http.send(kiosk.request("GET", "catalog/version", null)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(version.statusCode()).isEqualTo(200);
            assertThat(took).isLessThan(PROMPT);
            if (!all.isDone()) {
                answeredWhileBusy++;
            }
            try {
                all.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still sending: ask again
            }
        }
        return answeredWhileBusy;
    }

    private static HttpRequest.BodyPublisher sized(java.util.function.Supplier<InputStream> content) {
        return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(content), SIXTY_MIB);
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** {@code length} bytes: a prefix, filler from a seeded block (or 'a' for seed 0), a suffix. */
    static final class GeneratedBody extends InputStream {
        private final byte[] prefix;
        private final byte[] suffix;
        private final byte[] block = new byte[64 * 1024];
        private final long length;
        private long position;

        GeneratedBody(long length, String prefix, String suffix, long seed) {
            this.length = length;
            this.prefix = prefix.getBytes(StandardCharsets.US_ASCII);
            this.suffix = suffix.getBytes(StandardCharsets.US_ASCII);
            if (seed == 0) {
                java.util.Arrays.fill(block, (byte) 'a');
            } else {
                new Random(seed).nextBytes(block);
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - position);
            int done = 0;
            while (done < n) {
                long p = position + done;
                if (p < prefix.length || length - p <= suffix.length) {
                    b[off + done] = at(p);
                    done++;
                } else {
                    int inBlock = (int) (p % block.length);
                    long beforeSuffix = length - suffix.length - p;
                    int run = (int) Math.min(Math.min(n - done, block.length - inBlock), beforeSuffix);
                    System.arraycopy(block, inBlock, b, off + done, run);
                    done += run;
                }
            }
            position += n;
            return n;
        }

        private byte at(long p) {
            if (p < prefix.length) {
                return prefix[(int) p];
            }
            long fromEnd = length - p;
            if (fromEnd <= suffix.length) {
                return suffix[suffix.length - (int) fromEnd];
            }
            return block[(int) (p % block.length)];
        }
    }
}
