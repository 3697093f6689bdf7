package org.onetrip.backend.http;

/** What body a route takes, which decides its size limit, its content type and where it is kept. */
public enum Payload {
    /** No body is expected; one that is sent anyway is read within the JSON limit and ignored. */
    NONE,
    /** A JSON document, {@code application/json} in UTF-8, within the JSON limit, held in memory. */
    JSON,
    /** A body sealed to the backend's key ({@code application/vnd.onetrip.sealed}), within the JSON limit, held in memory. */
    SEALED,
    /** A material file sealed to the backend's key ({@code application/vnd.onetrip.sealed}), within the file limit, streamed to disk. */
    FILE
}
