package org.onetrip.backend.http;

/** Serves one route. Refusals are thrown as {@link ApiException}; anything else is a 500. */
@FunctionalInterface
public interface Handler {
    Reply handle(ApiRequest request);
}
