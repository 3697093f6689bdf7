package org.onetrip.kiosk.backend;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The form a manifest is signed in, as the contract defines it: UTF-8, no insignificant
 * whitespace, object members in {@link String#compareTo} order, arrays kept in order,
 * integers in plain decimal, other numbers as {@link Double#toString}, strings escaped only
 * where JSON demands.
 */
public final class CanonicalJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private CanonicalJson() {
    }

    public static byte[] of(JsonNode value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = FACTORY.createGenerator(bytes)) {
            emit(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void emit(JsonGenerator out, JsonNode value) throws IOException {
        switch (value.getNodeType()) {
            case OBJECT -> {
                Map<String, JsonNode> sorted = new TreeMap<>();
                value.fields().forEachRemaining(member -> sorted.put(member.getKey(), member.getValue()));
                out.writeStartObject();
                for (Map.Entry<String, JsonNode> member : sorted.entrySet()) {
                    out.writeFieldName(member.getKey());
                    emit(out, member.getValue());
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode element : value) {
                    emit(out, element);
                }
                out.writeEndArray();
            }
            case NUMBER -> {
                if (value.isIntegralNumber()) {
                    out.writeNumber(value.bigIntegerValue());
                } else {
                    out.writeNumber(value.doubleValue());
                }
            }
            case STRING -> out.writeString(value.textValue());
            case BOOLEAN -> out.writeBoolean(value.booleanValue());
            default -> out.writeNull();
        }
    }
}
