package org.onetrip.kiosk.filing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.onetrip.config.catalog.ChoiceOption;
import org.onetrip.config.catalog.FieldRule;
import org.onetrip.config.catalog.FormField;
import org.onetrip.devices.idcard.ResidentIdNumber;

/**
 * Checks one answer as the citizen types it: first what its type demands (a mobile number, a
 * postcode, a valid ID number...), then the catalog's rule. Pure.
 */
public final class FieldCheck {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern POSTCODE = Pattern.compile("\\d{6}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private FieldCheck() {
    }

    /** What is wrong with {@code answer}, or empty when it will do. A blank optional answer is fine. */
    public static Optional<FieldProblem> problem(FormField field, boolean required, String answer) {
        String text = answer.strip();
        if (text.isEmpty()) {
            return required ? Optional.of(FieldProblem.REQUIRED) : Optional.empty();
        }
        Optional<FieldProblem> typeProblem = ofType(field, text);
        if (typeProblem.isPresent()) {
            return typeProblem;
        }
        return ofRule(field.rule(), text);
    }

    private static Optional<FieldProblem> ofType(FormField field, String text) {
        switch (field.type()) {
            case PHONE:
                return when(!MOBILE.matcher(text).matches(), FieldProblem.NOT_A_PHONE);
            case POSTCODE:
                return when(!POSTCODE.matcher(text).matches(), FieldProblem.NOT_A_POSTCODE);
            case ID_NUMBER:
                return when(ResidentIdNumber.problem(text).isPresent(), FieldProblem.NOT_AN_ID_NUMBER);
            case EMAIL:
                return when(!EMAIL.matcher(text).matches(), FieldProblem.NOT_AN_EMAIL);
            case NUMBER:
                return when(!NUMBER.matcher(text).matches(), FieldProblem.NOT_A_NUMBER);
            case DATE:
                return when(!isDate(text), FieldProblem.NOT_A_DATE);
            case CHOICE:
                return when(field.options().stream().map(ChoiceOption::code).noneMatch(text::equals),
                        FieldProblem.NOT_AN_OPTION);
            default:
                return Optional.empty();
        }
    }

    private static Optional<FieldProblem> ofRule(FieldRule rule, String text) {
        int length = text.codePointCount(0, text.length());
        if (length < rule.minLength()) {
            return Optional.of(FieldProblem.TOO_SHORT);
        }
        if (length > rule.maxLength()) {
            return Optional.of(FieldProblem.TOO_LONG);
        }
        return when(!rule.accepts(text), FieldProblem.WRONG_FORMAT);
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Optional<FieldProblem> when(boolean wrong, FieldProblem problem) {
        return wrong ? Optional.of(problem) : Optional.empty();
    }
}
