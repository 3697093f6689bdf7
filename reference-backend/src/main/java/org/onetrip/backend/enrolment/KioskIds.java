package org.onetrip.backend.enrolment;

import java.util.regex.Pattern;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ErrorCode;

/** What a kiosk id may be, as the approval system names kiosks in certificates and codes. */
public final class KioskIds {

    /** Letters, digits, '.', '-' and '_', 1 to 64 characters, starting with a letter or digit. */
    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private KioskIds() {
    }

    public static boolean isValid(String kioskId) {
        return kioskId != null && PATTERN.matcher(kioskId).matches();
    }

    /** @throws IllegalArgumentException naming the allowed shape */
    public static String require(String kioskId) {
        if (!isValid(kioskId)) {
            throw new IllegalArgumentException("a kiosk id is 1 to 64 letters, digits, '.', '-' or '_', starting with"
                    + " a letter or digit; was " + kioskId);
        }
        return kioskId;
    }

    /** @throws ApiException 400 naming the allowed shape */
    static String requireInRequest(String kioskId) {
        if (!isValid(kioskId)) {
            throw new ApiException(ErrorCode.BAD_REQUEST,
                    "kioskId must be 1 to 64 letters, digits, '.', '-' or '_', starting with a letter or digit");
        }
        return kioskId;
    }
}
