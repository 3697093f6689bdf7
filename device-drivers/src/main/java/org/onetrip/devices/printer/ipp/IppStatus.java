package org.onetrip.devices.printer.ipp;

/**
 * The status-code of a response (RFC 8011 section B), as a number with its class and the names
 * of the codes a print driver needs to tell apart.
 */
public record IppStatus(int code) {
    public static final int OK = 0x0000;
    public static final int OK_IGNORED_OR_SUBSTITUTED = 0x0001;
    public static final int OK_CONFLICTING = 0x0002;
    public static final int BAD_REQUEST = 0x0400;
    public static final int FORBIDDEN = 0x0401;
    public static final int NOT_AUTHENTICATED = 0x0402;
    public static final int NOT_POSSIBLE = 0x0404;
    public static final int NOT_FOUND = 0x0406;
    public static final int DOCUMENT_FORMAT_NOT_SUPPORTED = 0x040A;
    public static final int ATTRIBUTES_OR_VALUES_NOT_SUPPORTED = 0x040B;
    public static final int DOCUMENT_FORMAT_ERROR = 0x040E;
    public static final int INTERNAL_ERROR = 0x0500;
    public static final int OPERATION_NOT_SUPPORTED = 0x0501;
    public static final int SERVICE_UNAVAILABLE = 0x0502;
    public static final int DEVICE_ERROR = 0x0504;
    public static final int TEMPORARY_ERROR = 0x0505;
    public static final int NOT_ACCEPTING_JOBS = 0x0506;
    public static final int BUSY = 0x0507;

    /** 0x0000-0x00FF: the operation was done, perhaps with substitutions. */
    public boolean isSuccessful() {
        return code <= 0x00FF;
    }

    public boolean isClientError() {
        return code >= 0x0400 && code <= 0x04FF;
    }

    public boolean isServerError() {
        return code >= 0x0500 && code <= 0x05FF;
    }

    /** The RFC keyword for the known codes, the hex code otherwise. */
    public String describe() {
        String name = switch (code) {
            case OK -> "successful-ok";
            case OK_IGNORED_OR_SUBSTITUTED -> "successful-ok-ignored-or-substituted-attributes";
            case OK_CONFLICTING -> "successful-ok-conflicting-attributes";
            case BAD_REQUEST -> "client-error-bad-request";
            case FORBIDDEN -> "client-error-forbidden";
            case NOT_AUTHENTICATED -> "client-error-not-authenticated";
            case NOT_POSSIBLE -> "client-error-not-possible";
            case NOT_FOUND -> "client-error-not-found";
            case DOCUMENT_FORMAT_NOT_SUPPORTED -> "client-error-document-format-not-supported";
            case ATTRIBUTES_OR_VALUES_NOT_SUPPORTED -> "client-error-attributes-or-values-not-supported";
            case DOCUMENT_FORMAT_ERROR -> "client-error-document-format-error";
            case INTERNAL_ERROR -> "server-error-internal-error";
            case OPERATION_NOT_SUPPORTED -> "server-error-operation-not-supported";
            case SERVICE_UNAVAILABLE -> "server-error-service-unavailable";
            case DEVICE_ERROR -> "server-error-device-error";
            case TEMPORARY_ERROR -> "server-error-temporary-error";
            case NOT_ACCEPTING_JOBS -> "server-error-not-accepting-jobs";
            case BUSY -> "server-error-busy";
            default -> null;
        };
        String hex = String.format("0x%04X", code);
        return name == null ? hex : name + " (" + hex + ")";
    }
}
