package org.onetrip.kiosk.filing;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.onetrip.kiosk.session.SessionData;

/**
 * How the result reaches the citizen: collected at the hall, or posted to an address pre-filled from
 * the form (or the card when the form asked none). Held in the session and wiped with it.
 */
public final class DeliveryForm implements SessionData {

    private DeliveryMethod method = DeliveryMethod.AT_HALL;
    private final Map<DeliveryField, String> answers = new EnumMap<>(DeliveryField.class);
    private final Set<DeliveryField> typed = EnumSet.noneOf(DeliveryField.class);

    /**
     * @param cardAddress the address on the ID card, used when the form asked for no mailing address
     */
    public DeliveryForm(FilingForm form, String cardAddress) {
        answers.put(DeliveryField.ADDRESS, cardAddress);
        answers.put(DeliveryField.POSTCODE, "");
        answers.put(DeliveryField.MOBILE, "");
        takeFrom(form);
    }

    /** Fills what the citizen has not typed here from the form's answers, as they stand now. */
    public synchronized void takeFrom(FilingForm form) {
        Map<String, Object> given = form.answers();
        fill(DeliveryField.ADDRESS, given.get("MAILING_ADDRESS"));
        fill(DeliveryField.POSTCODE, given.get("POSTCODE"));
        fill(DeliveryField.MOBILE, given.get("MOBILE"));
    }

    private void fill(DeliveryField field, Object fromForm) {
        if (!typed.contains(field)) {
            text(fromForm).ifPresent(value -> answers.put(field, value));
        }
    }

    private static Optional<String> text(Object answer) {
        return answer instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    public synchronized DeliveryMethod method() {
        return method;
    }

    public synchronized void choose(DeliveryMethod chosen) {
        method = Objects.requireNonNull(chosen, "chosen");
    }

    public synchronized String answer(DeliveryField field) {
        return answers.get(field);
    }

    /** Takes what the citizen typed and says what is still wrong with it. */
    public synchronized Optional<FieldProblem> answer(DeliveryField field, String text) {
        if (!text.equals(answers.get(field))) {
            typed.add(field);
        }
        answers.put(field, Objects.requireNonNull(text, "text"));
        return FieldCheck.problem(field.field(), true, text);
    }

    /** What must still be put right; nothing when the result is collected at the hall. */
    public synchronized Map<DeliveryField, FieldProblem> problems() {
        Map<DeliveryField, FieldProblem> problems = new EnumMap<>(DeliveryField.class);
        if (method == DeliveryMethod.BY_POST) {
            answers.forEach((field, text) -> FieldCheck.problem(field.field(), true, text)
                    .ifPresent(problem -> problems.put(field, problem)));
        }
        return problems;
    }

    public boolean complete() {
        return problems().isEmpty();
    }

    /** The delivery as form answers of the filing. */
    public synchronized Map<String, Object> answers() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("DELIVERY_METHOD", method.name());
        if (method == DeliveryMethod.BY_POST) {
            answers.forEach((field, text) -> given.put(field.field().code(), text.strip()));
        }
        return given;
    }

    @Override
    public synchronized void wipe() {
        answers.replaceAll((field, text) -> "");
        method = DeliveryMethod.AT_HALL;
    }
}
