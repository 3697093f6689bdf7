package org.onetrip.devices.printer.ipp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Writes expected wire bytes by hand, independent of the codec: numbers are bytes, strings are ASCII. */
final class IppBytes {
    private IppBytes() {
    }

    static byte[] of(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof Integer b) {
                out.write(b);
            } else if (part instanceof Character c) {
                out.write(c);
            } else if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
            } else if (part instanceof byte[] bytes) {
                out.writeBytes(bytes);
            } else {
                throw new IllegalArgumentException(String.valueOf(part));
            }
        }
        return out.toByteArray();
    }

    /** A 2-byte big-endian length followed by the ASCII text. */
    static byte[] sized(String text) {
        return of(text.length() >> 8, text.length() & 0xFF, text);
    }

    /** A response ippeveprinter sent, captured from the real printer. */
    static byte[] specimen(String name) {
        try (InputStream in = IppBytes.class.getResourceAsStream("specimens/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no specimen " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
