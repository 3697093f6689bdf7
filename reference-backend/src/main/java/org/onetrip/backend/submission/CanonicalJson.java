package org.onetrip.backend.submission;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The byte form a manifest is signed and compared in: UTF-8 JSON without insignificant
 * whitespace, object members sorted by name (Java {@code String} order, i.e. UTF-16 code
 * units), arrays in their order, integers in plain decimal, other numbers in
 * {@link Double#toString} form, strings with only the escapes JSON requires.
 */
public final class CanonicalJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private CanonicalJson() {
    }

    public static byte[] bytes(JsonNode node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, JsonNode node) throws IOException {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            Iterator<String> it = node.fieldNames();
            it.forEachRemaining(names::add);
            names.sort(null);
            g.writeStartObject();
            for (String name : names) {
                g.writeFieldName(name);
                write(g, node.get(name));
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (JsonNode element : node) {
                write(g, element);
            }
            g.writeEndArray();
        } else if (node.isIntegralNumber()) {
            g.writeNumber(node.bigIntegerValue());
        } else if (node.isNumber()) {
            g.writeNumber(node.doubleValue());
        } else if (node.isTextual()) {
            g.writeString(node.textValue());
        } else if (node.isBoolean()) {
            g.writeBoolean(node.booleanValue());
        } else {
            g.writeNull();
        }
    }
}
