package org.onetrip.kiosk.supervision;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.onetrip.devices.printer.ipp.IppAttribute;
import org.onetrip.devices.printer.ipp.IppAttributeGroup;
import org.onetrip.devices.printer.ipp.IppCodec;
import org.onetrip.devices.printer.ipp.IppFormatException;
import org.onetrip.devices.printer.ipp.IppGroupTag;
import org.onetrip.devices.printer.ipp.IppMessage;
import org.onetrip.devices.printer.ipp.IppValue;
import org.onetrip.devices.printer.ipp.IppValueTag;

/**
 * The smallest IPP printer the supervision tests need: over HTTP on loopback, it answers
 * Get-Printer-Attributes with its state and state reasons, which the test changes. Every other
 * operation is answered {@code server-error-operation-not-supported}.
 */
final class LoopbackIppPrinter implements AutoCloseable {
    private static final int GET_PRINTER_ATTRIBUTES = 0x000B;
    private static final int IDLE = 3;
    private static final int STOPPED = 5;

    private final HttpServer server;
    private volatile List<String> reasons = List.of("none");
    private volatile int state = IDLE;

    LoopbackIppPrinter() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        server.createContext("/ipp/print", this::answer);
        server.start();
    }

    URI uri() {
        return URI.create("ipp://127.0.0.1:" + server.getAddress().getPort() + "/ipp/print");
    }

    /** The printer reports these state reasons (e.g. {@code media-jam-error}) and stops. */
    void fail(String... keywords) {
        reasons = List.of(keywords);
        state = STOPPED;
    }

    void recover() {
        reasons = List.of("none");
        state = IDLE;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            IppMessage request;
            try {
                request = IppCodec.decode(exchange.getRequestBody().readAllBytes());
            } catch (IppFormatException e) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            List<IppAttribute> operation = List.of(
                    IppAttribute.of("attributes-charset", new IppValue.StringValue(IppValueTag.CHARSET, "utf-8")),
                    IppAttribute.of("attributes-natural-language", new IppValue.StringValue(IppValueTag.NATURAL_LANGUAGE, "en")));
            IppMessage response;
            if (request.code() == GET_PRINTER_ATTRIBUTES) {
                IppValue[] keywords = reasons.stream().map(k -> new IppValue.StringValue(IppValueTag.KEYWORD, k))
                        .toArray(IppValue[]::new);
                List<IppAttribute> printer = List.of(
                        IppAttribute.of("printer-state", new IppValue.EnumValue(state)),
                        IppAttribute.of("printer-state-reasons", keywords),
                        IppAttribute.of("printer-is-accepting-jobs", new IppValue.BooleanValue(true)),
                        IppAttribute.of("printer-make-and-model", new IppValue.StringValue(IppValueTag.TEXT, "Loopback A4")));
                response = new IppMessage(IppMessage.VERSION_2_0, 0x0000, request.requestId(),
                        List.of(new IppAttributeGroup(IppGroupTag.OPERATION, operation),
                                new IppAttributeGroup(IppGroupTag.PRINTER, printer)), new byte[0]);
            } else {
                response = new IppMessage(IppMessage.VERSION_2_0, 0x0501, request.requestId(),
                        List.of(new IppAttributeGroup(IppGroupTag.OPERATION, operation)), new byte[0]);
            }
            byte[] body = IppCodec.encode(response);
            exchange.getResponseHeaders().set("Content-Type", "application/ipp");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
