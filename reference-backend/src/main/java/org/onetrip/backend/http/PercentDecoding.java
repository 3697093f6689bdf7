package org.onetrip.backend.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Decodes one percent-encoded path segment; unlike form decoding, '+' stays a plus. */
final class PercentDecoding {

    private PercentDecoding() {
    }

    static String decode(String segment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%' && i + 2 < segment.length()) {
                int hi = Character.digit(segment.charAt(i + 1), 16);
                int lo = Character.digit(segment.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new ApiException(ErrorCode.BAD_REQUEST, "malformed percent escape in path segment");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '%') {
                throw new ApiException(ErrorCode.BAD_REQUEST, "malformed percent escape in path segment");
            } else {
                // a raw path is ASCII; anything else is kept as its UTF-8 bytes
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
