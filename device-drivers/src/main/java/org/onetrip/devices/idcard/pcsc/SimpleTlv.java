package org.onetrip.devices.idcard.pcsc;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The TLV encoding of identity files such as the Belgian eID's: a one-byte tag, a length
 * in 7-bit groups (a set high bit means another group follows), then the value. Tag 0 is
 * padding and skipped. Pure.
 */
public final class SimpleTlv {
    private SimpleTlv() {
    }

    /** One element. */
    public record Element(int tag, byte[] value) {
    }

    /**
     * The elements of a file, in order.
     *
     * @throws IllegalArgumentException when a length runs past the end of the data
     */
    public static List<Element> parse(byte[] data) {
        List<Element> elements = new ArrayList<>();
        int at = 0;
        while (at < data.length) {
            int tag = data[at++] & 0xFF;
            int length = 0;
            int b;
            int groups = 0;
            do {
                if (at >= data.length) {
                    throw new IllegalArgumentException("TLV length of tag " + tag + " runs past the end at byte " + at);
                }
                b = data[at++] & 0xFF;
                length = (length << 7) | (b & 0x7F);
                if (++groups > 3) {
                    throw new IllegalArgumentException("TLV length of tag " + tag + " has more than 3 groups");
                }
            } while ((b & 0x80) != 0);
            if (tag == 0) {
                // padding after the last element
                at += length;
                continue;
            }
            if (at + length > data.length) {
                throw new IllegalArgumentException("TLV tag " + tag + " announces " + length + " bytes, only "
                        + (data.length - at) + " left");
            }
            byte[] value = new byte[length];
            System.arraycopy(data, at, value, 0, length);
            elements.add(new Element(tag, value));
            at += length;
        }
        return elements;
    }

    /** The elements by tag; for a repeated tag the first wins. */
    public static Map<Integer, byte[]> byTag(byte[] data) {
        Map<Integer, byte[]> map = new LinkedHashMap<>();
        for (Element e : parse(data)) {
            map.putIfAbsent(e.tag(), e.value());
        }
        return map;
    }

    public static byte[] encode(List<Element> elements) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Element e : elements) {
            out.write(e.tag());
            int length = e.value().length;
            if (length >= 0x4000) {
                out.write(0x80 | (length >> 14));
            }
            if (length >= 0x80) {
                out.write(0x80 | ((length >> 7) & 0x7F));
            }
            out.write(length & 0x7F);
            out.writeBytes(e.value());
        }
        return out.toByteArray();
    }
}
