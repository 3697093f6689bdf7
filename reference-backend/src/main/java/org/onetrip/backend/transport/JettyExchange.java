package org.onetrip.backend.transport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ContractHeaders;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Payload;
import org.onetrip.backend.http.Reply;
import org.onetrip.backend.http.RequestHead;
import org.onetrip.backend.http.RequestHeaders;
import org.onetrip.backend.http.RequestLimits;
import org.onetrip.backend.http.Router;
import org.onetrip.backend.http.Upload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a Jetty request becomes the router's request and the router's {@link Reply}
 * becomes a Jetty response. Asks the router to admit the request from its head, streams the
 * body within the route's limit (in memory for JSON, to the spool directory for files) without
 * holding a thread while the client is slow, waits an injected delay on the scheduler, then
 * serves it on a worker thread. A refusal sent before the body was read in full closes the
 * connection after draining what the client still sends, up to twice the file limit
 * ({@link UnreadBodyDrain}).
 */
public final class JettyExchange extends Handler.Abstract {

    private static final Logger log = LoggerFactory.getLogger(JettyExchange.class);

    private final Router router;
    private final Path spoolDir;
    private final long drainCap;

    /**
     * @param spoolDir where file bodies are streamed; must be on the same file system as the
     *                 data directory so that a handler can move a file into place atomically
     */
    public JettyExchange(Router router, RequestLimits limits, Path spoolDir) {
        super(InvocationType.BLOCKING);
        this.router = router;
        this.spoolDir = spoolDir;
        this.drainCap = 2 * limits.fileBodyBytes();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        RequestHead head = head(request);
        Router.Admission admission = router.admit(head);
        if (admission instanceof Router.Admission.Refused refused) {
            send(request, response, callback, head, refused.reply(), head.hasBody());
            return true;
        }
        Router.Admission.Admitted admitted = (Router.Admission.Admitted) admission;
        BodySink sink;
        try {
            sink = admitted.route().payload() == Payload.FILE ? new SpoolSink(spoolDir)
                    : new MemorySink(head.contentLength());
        } catch (IOException e) {
            log.error("request {}: cannot open a spool file in {}", head.requestId(), spoolDir, e);
            send(request, response, callback, head, internalError(head), true);
            return true;
        }
        new BodyReading(request, admitted.limit(), sink, new Answering(request, response, callback, admitted)).run();
        return true;
    }

    /** What happens once an admitted request's body was read, or could not be. */
    private final class Answering implements BodyReading.Completion {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final Router.Admission.Admitted admitted;

        Answering(Request request, Response response, Callback callback, Router.Admission.Admitted admitted) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.admitted = admitted;
        }

        @Override
        public void read(ReceivedBody body) {
            if (admitted.delay().isZero()) {
                serve(request, response, callback, admitted, body);
                return;
            }
            // an injected SLOW fault waits on the timer, not on a worker
            request.getComponents().getScheduler().schedule(() -> request.getComponents().getExecutor()
                            .execute(() -> serve(request, response, callback, admitted, body)),
                    admitted.delay().toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void tooLarge() {
            RequestHead head = admitted.head();
            send(request, response, callback, head,
                    router.refusal(Router.tooLarge(admitted.limit()), head.requestId()), true);
        }

        @Override
        public void clientFailed(Throwable cause) {
            RequestHead head = admitted.head();
            if (cause instanceof TimeoutException) {
                send(request, response, callback, head, router.refusal(new ApiException(ErrorCode.REQUEST_TIMEOUT,
                        "the request body stopped arriving for longer than the idle time-out"), head.requestId()),
                        true);
            } else {
                log.debug("request {}: the client went away while sending its body", head.requestId());
                callback.failed(cause);
            }
        }

        @Override
        public void sinkFailed(IOException cause) {
            RequestHead head = admitted.head();
            log.error("request {}: cannot keep the request body", head.requestId(), cause);
            send(request, response, callback, head, internalError(head), true);
        }
    }

    private void serve(Request request, Response response, Callback callback, Router.Admission.Admitted admitted,
                       ReceivedBody body) {
        Router.Answer answer;
        try {
            answer = router.serve(admitted, body.bytes(), body.upload());
        } finally {
            body.upload().map(Upload::file).ifPresent(JettyExchange::deleteLeftover);
        }
        if (answer instanceof Router.Answer.Send sending) {
            send(request, response, callback, admitted.head(), sending.reply(), false, kioskOf(admitted));
        } else {
            // an injected connection reset: no status line, no headers, just a closed socket
            request.getConnectionMetaData().getConnection().getEndPoint().close();
            callback.failed(new IOException("connection dropped by an injected fault"));
        }
    }

    private static RequestHead head(Request request) {
        RequestHeaders headers = new RequestHeaders();
        for (HttpField field : request.getHeaders()) {
            headers.add(field.getName(), field.getValue());
        }
        long length = request.getLength();
        boolean hasBody = length > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        InetAddress remote = request.getConnectionMetaData().getRemoteSocketAddress()
                instanceof InetSocketAddress socket ? socket.getAddress() : InetAddress.getLoopbackAddress();
        List<X509Certificate> peer = List.of();
        if (request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE) instanceof EndPoint.SslSessionData tls
                && tls.peerCertificates() != null) {
            peer = List.of(tls.peerCertificates());
        }
        return new RequestHead(UUID.randomUUID().toString(), request.getMethod(), request.getHttpURI().getPath(),
                headers, length, hasBody, remote, peer);
    }

    private Reply internalError(RequestHead head) {
        return router.refusal(new ApiException(ErrorCode.INTERNAL, "internal error; retry later"), head.requestId());
    }

    /**
     * Writes the reply. {@code bodyLeftUnread}: the client may still be sending a body that will
     * never be used, so the rest is drained and the connection closed instead of reused.
     */
    private void send(Request request, Response response, Callback callback, RequestHead head, Reply reply,
                      boolean bodyLeftUnread) {
        send(request, response, callback, head, reply, bodyLeftUnread, "-");
    }

    /** The kiosk a served call came from, for the log: the one its certificate proved, or the one it claims. */
    private static String kioskOf(Router.Admission.Admitted admitted) {
        return admitted.kiosk().orElseGet(() -> {
            String claimed = admitted.head().headers().first(ContractHeaders.KIOSK_ID);
            return claimed == null ? "-" : "claimed " + claimed;
        });
    }

    private void send(Request request, Response response, Callback callback, RequestHead head, Reply reply,
                      boolean bodyLeftUnread, String kiosk) {
        response.setStatus(reply.status());
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, reply.contentType());
        headers.put(ContractHeaders.REQUEST_ID, head.requestId());
        reply.headers().forEach(headers::put);
        if (bodyLeftUnread) {
            headers.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        }
        headers.put(HttpHeader.CONTENT_LENGTH, reply.body().length);
        boolean drain = bodyLeftUnread && !waitsForContinue(head);
        response.write(true, ByteBuffer.wrap(reply.body()), drain
                ? Callback.from(() -> new UnreadBodyDrain(request, drainCap, callback).run(), callback::failed)
                : callback);
        log.info("{} {} -> {} (kiosk {}, request {})", head.method(), head.rawPath(), reply.status(), kiosk,
                head.requestId());
    }

    /** A client that sent {@code Expect: 100-continue} and was refused never sends its body. */
    private static boolean waitsForContinue(RequestHead head) {
        String expect = head.headers().first("Expect");
        return expect != null && expect.trim().equalsIgnoreCase("100-continue");
    }

    private static void deleteLeftover(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("cannot delete the spooled body {}; it goes at the next start", file);
        }
    }
}
