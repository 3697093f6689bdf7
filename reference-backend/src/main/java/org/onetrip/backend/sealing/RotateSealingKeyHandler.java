package org.onetrip.backend.sealing;

import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.Json;
import org.onetrip.backend.http.Reply;

/** Operator's {@code POST /admin/sealing-keys:rotate}: a new current key; older ones still open queued filings. */
public final class RotateSealingKeyHandler implements Handler {

    private final SealingKeyring keyring;
    private final Json json;

    public RotateSealingKeyHandler(SealingKeyring keyring, Json json) {
        this.keyring = keyring;
        this.json = json;
    }

    @Override
    public Reply handle(ApiRequest request) {
        return json.reply(201, keyring.rotate());
    }
}
