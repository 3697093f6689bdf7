package org.onetrip.kiosk.input;

/** The bundled pinyin table is missing or malformed: a build defect, not a citizen's mistake. */
public class PinyinTableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PinyinTableException(String message) {
        super(message);
    }

    public PinyinTableException(String message, Throwable cause) {
        super(message, cause);
    }
}
