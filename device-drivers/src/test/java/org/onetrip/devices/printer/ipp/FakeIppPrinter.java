package org.onetrip.devices.printer.ipp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.onetrip.devices.printer.JobState;

/**
 * A printer double speaking IPP over loopback HTTP, for faults ippeveprinter cannot produce:
 * a stopped printer, a job the printer aborts or holds for ever, a busy printer, malformed
 * responses and dropped connections. It decodes each request with {@link IppCodec} and answers
 * with a response built the same way a printer builds it; it never hands the driver parsed
 * objects.
 */
final class FakeIppPrinter implements AutoCloseable {
    /** A fault to answer an operation with, instead of a proper response. */
    enum Fault {
        /** Close the connection without a response. */
        DROP,
        /** HTTP 200 with bytes that are no IPP message. */
        MALFORMED,
        /** HTTP 500. */
        HTTP_ERROR,
        /** server-error-busy (0x0507). */
        BUSY
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<Integer> operations = new CopyOnWriteArrayList<>();
    private final List<byte[]> documents = new CopyOnWriteArrayList<>();
    private final Map<IppOperation, Deque<Fault>> faults = Collections.synchronizedMap(new EnumMap<>(IppOperation.class));
    private volatile int printerState = 3;
    private volatile List<String> reasons = List.of("none");
    private volatile boolean accepting = true;
    private volatile List<JobState> jobScript = List.of(JobState.PROCESSING, JobState.COMPLETED);
    private final Map<Integer, Integer> polls = Collections.synchronizedMap(new java.util.HashMap<>());
    private final Map<Integer, JobState> cancelled = Collections.synchronizedMap(new java.util.HashMap<>());
    private int nextJobId = 1;

    FakeIppPrinter() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ipp/print", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI uri() {
        return URI.create("ipp://127.0.0.1:" + server.getAddress().getPort() + "/ipp/print");
    }

    /** printer-state 3 idle, 4 processing, 5 stopped, and its printer-state-reasons. */
    void setPrinter(int state, String... reasonKeywords) {
        this.printerState = state;
        this.reasons = reasonKeywords.length == 0 ? List.of("none") : List.of(reasonKeywords);
    }

    void setAccepting(boolean accepting) {
        this.accepting = accepting;
    }

    /** The states each new job reports to successive Get-Job-Attributes; the last one repeats. */
    void scriptJobs(JobState... states) {
        this.jobScript = List.of(states);
    }

    /** Answers the next {@code times} requests of this operation with a fault. */
    void fault(IppOperation operation, Fault fault, int times) {
        Deque<Fault> queue = faults.computeIfAbsent(operation, o -> new ArrayDeque<>());
        synchronized (queue) {
            for (int i = 0; i < times; i++) {
                queue.add(fault);
            }
        }
    }

    /** The operation codes received, in order. */
    List<Integer> operations() {
        return List.copyOf(operations);
    }

    long count(IppOperation operation) {
        return operations.stream().filter(code -> code == operation.code()).count();
    }

    List<byte[]> documents() {
        return List.copyOf(documents);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        IppMessage request;
        try {
            request = IppCodec.decode(body);
        } catch (IppFormatException e) {
            respond(exchange, response(IppStatus.BAD_REQUEST, 0, List.of()));
            return;
        }
        operations.add(request.code());
        IppOperation operation = java.util.Arrays.stream(IppOperation.values()).filter(o -> o.code() == request.code())
                .findFirst().orElse(null);
        Fault fault = operation == null ? null : nextFault(operation);
        if (fault != null) {
            switch (fault) {
                case DROP -> throw new IOException("dropping the connection on purpose");
                case MALFORMED -> {
                    byte[] junk = {0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, (byte) request.requestId(), 0x01, 0x47, 0x00, 0x7F};
                    exchange.sendResponseHeaders(200, junk.length);
                    exchange.getResponseBody().write(junk);
                    exchange.close();
                    return;
                }
                case HTTP_ERROR -> {
                    exchange.sendResponseHeaders(500, -1);
                    exchange.close();
                    return;
                }
                case BUSY -> {
                    respond(exchange, response(IppStatus.BUSY, request.requestId(), List.of()));
                    return;
                }
                default -> throw new IllegalStateException();
            }
        }
        respond(exchange, answer(operation, request));
    }

    private Fault nextFault(IppOperation operation) {
        Deque<Fault> queue = faults.get(operation);
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            return queue.poll();
        }
    }

    private IppMessage answer(IppOperation operation, IppMessage request) {
        int id = request.requestId();
        if (operation == null) {
            return response(IppStatus.OPERATION_NOT_SUPPORTED, id, List.of());
        }
        return switch (operation) {
            case GET_PRINTER_ATTRIBUTES -> response(IppStatus.OK, id, List.of(new IppAttributeGroup(IppGroupTag.PRINTER, List.of(
                    IppAttribute.of("printer-state", new IppValue.EnumValue(printerState)),
                    new IppAttribute("printer-state-reasons", reasons.stream().map(IppValue::keyword).toList()),
                    IppAttribute.of("printer-is-accepting-jobs", new IppValue.BooleanValue(accepting)),
                    IppAttribute.of("printer-make-and-model", new IppValue.StringValue(IppValueTag.TEXT, "OneTrip fake printer"))))));
            case PRINT_JOB -> {
                if (!accepting) {
                    yield response(IppStatus.NOT_ACCEPTING_JOBS, id, List.of());
                }
                documents.add(request.data());
                int jobId;
                synchronized (this) {
                    jobId = nextJobId++;
                }
                yield response(IppStatus.OK, id, List.of(job(jobId, JobState.PENDING)));
            }
            case GET_JOB_ATTRIBUTES -> {
                int jobId = request.attribute(IppGroupTag.OPERATION, "job-id").flatMap(IppAttribute::firstInt).orElse(-1);
                if (jobId < 1 || jobId >= nextJobId) {
                    yield response(IppStatus.NOT_FOUND, id, List.of());
                }
                JobState cancelledState = cancelled.get(jobId);
                if (cancelledState != null) {
                    yield response(IppStatus.OK, id, List.of(job(jobId, cancelledState)));
                }
                int poll = polls.merge(jobId, 1, Integer::sum) - 1;
                List<JobState> script = jobScript;
                yield response(IppStatus.OK, id, List.of(job(jobId, script.get(Math.min(poll, script.size() - 1)))));
            }
            case CANCEL_JOB -> {
                int jobId = request.attribute(IppGroupTag.OPERATION, "job-id").flatMap(IppAttribute::firstInt).orElse(-1);
                cancelled.put(jobId, JobState.CANCELED);
                yield response(IppStatus.OK, id, List.of());
            }
            default -> response(IppStatus.OPERATION_NOT_SUPPORTED, id, List.of());
        };
    }

    private static IppAttributeGroup job(int jobId, JobState state) {
        return new IppAttributeGroup(IppGroupTag.JOB, List.of(
                IppAttribute.of("job-id", IppValue.integer(jobId)),
                IppAttribute.of("job-state", new IppValue.EnumValue(IppJobAttributes.code(state))),
                IppAttribute.of("job-state-reasons", IppValue.keyword(state == JobState.COMPLETED ? "job-completed-successfully" : "none")),
                IppAttribute.of("job-impressions-completed", IppValue.integer(state == JobState.COMPLETED ? 1 : 0))));
    }

    private static IppMessage response(int status, int requestId, List<IppAttributeGroup> more) {
        List<IppAttributeGroup> groups = new ArrayList<>();
        groups.add(new IppAttributeGroup(IppGroupTag.OPERATION, List.of(
                IppAttribute.of("attributes-charset", new IppValue.StringValue(IppValueTag.CHARSET, "utf-8")),
                IppAttribute.of("attributes-natural-language", new IppValue.StringValue(IppValueTag.NATURAL_LANGUAGE, "en")))));
        groups.addAll(more);
        return new IppMessage(IppMessage.VERSION_2_0, status, requestId, groups, new byte[0]);
    }

    private static void respond(HttpExchange exchange, IppMessage message) throws IOException {
        byte[] bytes = IppCodec.encode(message);
        exchange.getResponseHeaders().set("Content-Type", "application/ipp");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
