package org.onetrip.backend.http;

import java.util.Optional;

/** Durable memory of the first successful answer per idempotency key, for {@link Guard#REPLAYED} routes. */
public interface ReplyJournal {

    /** A stored answer and the SHA-256 (hex) of the request body that produced it. */
    record StoredReply(String requestSha256, Reply reply) {
    }

    Optional<StoredReply> find(String kioskId, String idempotencyKey, String routeName);

    void save(String kioskId, String idempotencyKey, String routeName, StoredReply reply);
}
