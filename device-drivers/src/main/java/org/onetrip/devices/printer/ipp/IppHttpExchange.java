package org.onetrip.devices.printer.ipp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Sends IPP requests as HTTP POSTs of {@code application/ipp} (RFC 8010 section 4) and decodes
 * the responses. Blocks the calling thread (the printer's own thread) for at most the request
 * timeout per exchange.
 */
public final class IppHttpExchange {
    private static final String IPP = "application/ipp";

    private final URI httpUri;
    private final Duration requestTimeout;
    private final HttpClient client;

    /**
     * @param printerUri     {@code ipp://host[:port]/path} (port 631 when none) or {@code http://...}
     * @param requestTimeout how long one request may take, connection included
     */
    public IppHttpExchange(URI printerUri, Duration requestTimeout) {
        this.httpUri = toHttp(printerUri);
        this.requestTimeout = requestTimeout;
        // HTTP/1.1: IPP printers do not speak HTTP/2, and an h2c upgrade attempt confuses some
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(requestTimeout).build();
    }

    /** The HTTP address of an ipp:// URI: same host and path, port 631 when none is given. */
    public static URI toHttp(URI printerUri) {
        String scheme = printerUri.getScheme();
        if (scheme == null || printerUri.getHost() == null) {
            throw new IllegalArgumentException("printer URI must be ipp://host[:port]/path, was " + printerUri);
        }
        String path = printerUri.getRawPath() == null || printerUri.getRawPath().isEmpty() ? "/" : printerUri.getRawPath();
        return switch (scheme) {
            case "ipp" -> URI.create("http://" + authority(printerUri, 631) + path);
            case "ipps" -> URI.create("https://" + authority(printerUri, 631) + path);
            case "http", "https" -> printerUri;
            default -> throw new IllegalArgumentException("printer URI must use ipp, ipps, http or https, was " + printerUri);
        };
    }

    private static String authority(URI uri, int defaultPort) {
        String host = uri.getHost();
        return host + ":" + (uri.getPort() < 0 ? defaultPort : uri.getPort());
    }

    public IppMessage send(IppMessage request) throws IppExchangeException {
        HttpRequest http = HttpRequest.newBuilder(httpUri).timeout(requestTimeout).header("Content-Type", IPP)
                .POST(HttpRequest.BodyPublishers.ofByteArray(IppCodec.encode(request))).build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(http, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new IppExchangeException(IppExchangeException.Kind.TIMEOUT,
                    "no answer from " + httpUri + " within " + requestTimeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new IppExchangeException(IppExchangeException.Kind.UNREACHABLE,
                    "cannot reach " + httpUri + ": " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IppExchangeException(IppExchangeException.Kind.UNREACHABLE, "interrupted while waiting for " + httpUri, e);
        }
        if (response.statusCode() != 200) {
            throw new IppExchangeException(IppExchangeException.Kind.BAD_RESPONSE,
                    "HTTP " + response.statusCode() + " from " + httpUri, null);
        }
        try {
            IppMessage message = IppCodec.decode(response.body());
            if (message.requestId() != request.requestId()) {
                throw new IppExchangeException(IppExchangeException.Kind.BAD_RESPONSE, "response to request "
                        + message.requestId() + " received for request " + request.requestId(), null);
            }
            return message;
        } catch (IppFormatException e) {
            throw new IppExchangeException(IppExchangeException.Kind.BAD_RESPONSE,
                    "malformed IPP response from " + httpUri + ": " + e.getMessage(), e);
        }
    }
}
