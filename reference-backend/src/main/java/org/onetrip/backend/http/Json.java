package org.onetrip.backend.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * JSON reading and writing with the backend's settings. Reading enforces the JSON limits of
 * {@link RequestLimits} while parsing, and every way a body can be malformed becomes a 400
 * whose message names the problem (and the field, where there is one) but never echoes a value:
 * values may be personal data.
 */
public final class Json {

    private final RequestLimits limits;
    private final ObjectMapper mapper;

    public Json(RequestLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.jsonDepth())
                        .maxStringLength(limits.jsonStringChars())
                        .maxNumberLength(limits.jsonNumberChars())
                        .maxNameLength(limits.jsonNameChars())
                        .build())
                // a signed manifest with a field twice would mean different things to different readers
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = new ObjectMapper(factory)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
    }

    public Json() {
        this(RequestLimits.defaults());
    }

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

    /** Parses a request body into {@code type}; a missing, malformed or oversized body is a 400. */
    public <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "the request needs a JSON body");
        }
        if (!isUtf8(body)) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "the request body is not valid UTF-8");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new ApiException(ErrorCode.BAD_REQUEST, "the request body must be a JSON object");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw refusal(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode readTree(byte[] body) {
        return read(body, JsonNode.class);
    }

    private ApiException refusal(JsonProcessingException e) {
        StreamConstraintsException limit = cause(e, StreamConstraintsException.class);
        if (limit != null) {
            return new ApiException(ErrorCode.BAD_REQUEST, "the request body " + exceeded(limit));
        }
        String at = e instanceof JsonMappingException m ? " at " + fieldPath(m) : "";
        if (cause(e, InputCoercionException.class) != null) {
            return new ApiException(ErrorCode.BAD_REQUEST, "the request body has a number out of range" + at);
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Trailing token")) {
            return new ApiException(ErrorCode.BAD_REQUEST, "the request body has more after the JSON value");
        }
        StreamReadException syntax = cause(e, StreamReadException.class);
        if (syntax != null) {
            String syntaxMessage = syntax.getOriginalMessage() == null ? "" : syntax.getOriginalMessage();
            if (syntaxMessage.startsWith("Duplicate field")) {
                return new ApiException(ErrorCode.BAD_REQUEST,
                        "the request body has a field more than once in one object" + location(syntax));
            }
            return new ApiException(ErrorCode.BAD_REQUEST, "the request body is not well-formed JSON"
                    + location(syntax));
        }
        if (e instanceof JsonMappingException) {
            return new ApiException(ErrorCode.BAD_REQUEST, "the request body has a field of the wrong type" + at);
        }
        return new ApiException(ErrorCode.BAD_REQUEST, "the request body is not well-formed JSON" + location(e));
    }

    private String exceeded(StreamConstraintsException e) {
        String what = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (what.startsWith("Number")) {
            return "has a number longer than " + limits.jsonNumberChars() + " characters";
        }
        if (what.startsWith("String")) {
            // the parser counts a very long number in the same buffer as strings, so this may be either
            return "has a string or number longer than " + limits.jsonStringChars() + " characters";
        }
        if (what.contains("nesting depth")) {
            return "is nested deeper than " + limits.jsonDepth() + " levels";
        }
        if (what.startsWith("Name")) {
            return "has a field name longer than " + limits.jsonNameChars() + " characters";
        }
        return "exceeds the backend's limits for JSON";
    }

    private static String location(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        return where == null || where.getLineNr() < 0 ? ""
                : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
    }

    private static <X extends Throwable> X cause(Throwable e, Class<X> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
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
