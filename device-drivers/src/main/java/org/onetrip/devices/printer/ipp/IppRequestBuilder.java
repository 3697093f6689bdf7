package org.onetrip.devices.printer.ipp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds a request with the operation attributes in the order RFC 8011 section 4.1.4 asks for:
 * attributes-charset (utf-8), attributes-natural-language, the target (printer-uri), then the
 * rest as added.
 */
public final class IppRequestBuilder {
    private final IppOperation operation;
    private final int requestId;
    private final List<IppAttribute> operationAttributes = new ArrayList<>();
    private byte[] data = new byte[0];

    private IppRequestBuilder(IppOperation operation, int requestId, String printerUri, String language) {
        this.operation = Objects.requireNonNull(operation, "operation");
        if (requestId < 1) {
            throw new IllegalArgumentException("request-id must be 1..2147483647, was " + requestId);
        }
        this.requestId = requestId;
        operationAttributes.add(IppAttribute.of("attributes-charset", new IppValue.StringValue(IppValueTag.CHARSET, "utf-8")));
        operationAttributes.add(IppAttribute.of("attributes-natural-language",
                new IppValue.StringValue(IppValueTag.NATURAL_LANGUAGE, language)));
        operationAttributes.add(IppAttribute.of("printer-uri", IppValue.uri(printerUri)));
    }

    /** A request in natural language {@code en} to the printer at {@code printerUri} (ipp://...). */
    public static IppRequestBuilder request(IppOperation operation, int requestId, String printerUri) {
        return new IppRequestBuilder(operation, requestId, printerUri, "en");
    }

    public IppRequestBuilder requestingUserName(String user) {
        return operation("requesting-user-name", IppValue.name(user));
    }

    public IppRequestBuilder jobName(String name) {
        return operation("job-name", IppValue.name(name));
    }

    public IppRequestBuilder documentFormat(String mimeType) {
        return operation("document-format", new IppValue.StringValue(IppValueTag.MIME_MEDIA_TYPE, mimeType));
    }

    public IppRequestBuilder jobId(int jobId) {
        return operation("job-id", IppValue.integer(jobId));
    }

    public IppRequestBuilder requestedAttributes(String... names) {
        return operation("requested-attributes", java.util.Arrays.stream(names).map(IppValue::keyword).toArray(IppValue[]::new));
    }

    /** Adds any other operation attribute. */
    public IppRequestBuilder operation(String name, IppValue... values) {
        operationAttributes.add(IppAttribute.of(name, values));
        return this;
    }

    /** The document that follows the attributes (Print-Job). */
    public IppRequestBuilder document(byte[] document) {
        this.data = document.clone();
        return this;
    }

    public IppMessage build() {
        return new IppMessage(IppMessage.VERSION_2_0, operation.code(), requestId,
                List.of(new IppAttributeGroup(IppGroupTag.OPERATION, operationAttributes)), data);
    }
}
