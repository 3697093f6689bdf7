package org.onetrip.backend.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON reading and writing with the backend's settings; bad input becomes a 400. */
public final class Json {

    private final ObjectMapper mapper = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

    public ObjectMapper mapper() {
        return mapper;
    }

    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Reply reply(int status, Object value) {
        return Reply.json(status, write(value));
    }

    /** Parses a request body into {@code type}; a missing or malformed body is a 400. */
    public <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "the request needs a JSON body");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new ApiException(ErrorCode.BAD_REQUEST, "the request body must be a JSON object");
            }
            return value;
        } catch (JsonMappingException e) {
            // name the field, never echo its value: it may be personal data
            throw new ApiException(ErrorCode.BAD_REQUEST, "the request body has a field of the wrong type at "
                    + fieldPath(e));
        } catch (JsonProcessingException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "the request body is not well-formed JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode readTree(byte[] body) {
        return read(body, JsonNode.class);
    }

    /** E.g. {@code manifest.materials[0].pageCount}. */
    public static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "the top level" : path.toString();
    }
}
