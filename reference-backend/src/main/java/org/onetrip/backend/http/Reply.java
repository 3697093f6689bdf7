package org.onetrip.backend.http;

/** What a handler answers: a status, a content type and the body bytes. */
public record Reply(int status, String contentType, byte[] body) {

    public static final String JSON = "application/json; charset=utf-8";

    public static Reply json(int status, byte[] body) {
        return new Reply(status, JSON, body);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
