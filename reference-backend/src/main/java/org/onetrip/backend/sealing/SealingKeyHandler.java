package org.onetrip.backend.sealing;

import java.util.List;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.Json;
import org.onetrip.backend.http.Reply;

/**
 * {@code GET /sealing-keys}: the JWK Set kiosks seal filings to, the current key first. A kiosk uses a key
 * only when its {@code kid} is pinned in the kiosk's configuration.
 */
public final class SealingKeyHandler implements Handler {

    private final SealingKeyring keyring;
    private final Json json;

    public SealingKeyHandler(SealingKeyring keyring, Json json) {
        this.keyring = keyring;
        this.json = json;
    }

    /** Schema {@code SealingKeys}: an RFC 7517 JWK Set. */
    public record SealingKeys(List<SealingJwk> keys) {
    }

    @Override
    public Reply handle(ApiRequest request) {
        return json.reply(200, new SealingKeys(keyring.all()));
    }
}
