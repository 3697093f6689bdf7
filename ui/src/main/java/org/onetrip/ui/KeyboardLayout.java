package org.onetrip.ui;

import org.onetrip.config.catalog.FieldType;

/** The keys the on-screen keyboard shows, chosen by what a form field expects. */
enum KeyboardLayout {
    /** 0 to 9: phone numbers, counts. */
    DIGITS,
    /** 0 to 9 and X: the resident ID number, whose check character may be X. */
    ID_NUMBER,
    /** 0 to 9 and '-': dates written 1985-03-12. */
    DATE,
    /** Latin letters with shift and space: names and words in English or pinyin. */
    LATIN,
    /** Latin letters in lower case, digits and {@code @ . - _}: e-mail addresses. */
    EMAIL,
    /** Latin letters composed into Chinese characters by pinyin, chosen from a candidate bar. */
    PINYIN,
    /** A pad to write a Chinese character on by finger, its likely readings in the candidate bar. */
    HANDWRITING;

    /** The keys a form field of this type needs. */
    static KeyboardLayout forField(FieldType type) {
        switch (type) {
            case PHONE:
            case NUMBER:
            case POSTCODE:
                return DIGITS;
            case ID_NUMBER:
                return ID_NUMBER;
            case DATE:
                return DATE;
            case EMAIL:
                return EMAIL;
            default:
                return PINYIN;
        }
    }

    /** Whether the field takes free text, so the citizen may switch between pinyin, handwriting, Latin and digits. */
    boolean isText() {
        return this == PINYIN || this == LATIN || this == HANDWRITING;
    }
}
