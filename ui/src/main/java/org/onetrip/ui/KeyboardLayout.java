package org.onetrip.ui;

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
    PINYIN;

    /** Whether the field takes free text, so the citizen may switch between Chinese, Latin and digits. */
    boolean isText() {
        return this == PINYIN || this == LATIN;
    }
}
