package org.onetrip.kiosk.filing;

/** Why an answer is not accepted yet; the screen says each in words next to the field. */
public enum FieldProblem {
    REQUIRED,
    TOO_SHORT,
    TOO_LONG,
    NOT_A_PHONE,
    NOT_A_POSTCODE,
    NOT_AN_ID_NUMBER,
    NOT_A_DATE,
    NOT_AN_EMAIL,
    NOT_A_NUMBER,
    NOT_AN_OPTION,
    WRONG_FORMAT
}
