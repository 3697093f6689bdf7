package org.onetrip.backend.fleet;

import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.Json;
import org.onetrip.backend.http.Reply;

/** {@code GET /catalog/version}: which service catalog the approval system currently publishes. */
public final class CatalogVersionHandler implements Handler {

    /** Schema {@code CatalogVersion}. */
    public record CatalogVersion(String version, String publishedAt) {
    }

    private final Json json;
    private final CatalogVersion version;

    public CatalogVersionHandler(Json json, CatalogVersion version) {
        this.json = json;
        this.version = version;
    }

    @Override
    public Reply handle(ApiRequest request) {
        return json.reply(200, version);
    }
}
