package org.onetrip.kiosk.filing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.onetrip.config.catalog.BundleRequirements;
import org.onetrip.config.catalog.ChoiceOption;
import org.onetrip.config.catalog.FormEntry;
import org.onetrip.config.catalog.FormField;
import org.onetrip.config.catalog.Matter;
import org.onetrip.config.catalog.PrefillSource;
import org.onetrip.config.catalog.ServiceCatalog;
import org.onetrip.devices.idcard.IdentityRecord;
import org.onetrip.devices.idcard.Sex;
import org.onetrip.kiosk.journey.Choice;
import org.onetrip.kiosk.session.SessionData;

/**
 * The answers of one filing's form: pre-filled from the ID card, checked field by field as the
 * citizen types, each field of a bundle asked once. Held in the session and wiped with it.
 * Thread-safe; no I/O.
 */
public final class FilingForm implements SessionData {

    private final List<FormQuestion> questions;
    private final Map<String, String> answers = new LinkedHashMap<>();

    private FilingForm(List<FormQuestion> questions, IdentityRecord card) {
        this.questions = List.copyOf(questions);
        for (FormQuestion question : questions) {
            answers.put(question.code(), prefill(question.field(), card));
        }
    }

    /** The form of a matter or bundle, pre-filled from the card. */
    public static FilingForm of(Choice choice, ServiceCatalog catalog, IdentityRecord card) {
        Objects.requireNonNull(card, "card");
        List<FormQuestion> questions = new ArrayList<>();
        if (choice instanceof Choice.OneMatter one) {
            Matter matter = one.matter();
            for (FormEntry entry : matter.form()) {
                FormField field = field(catalog, entry.field());
                questions.add(question(field, entry.required(), List.of(matter.code())));
            }
        } else {
            BundleRequirements merged = catalog.requirementsOf(((Choice.OneThing) choice).bundle());
            for (BundleRequirements.MergedField entry : merged.fields()) {
                questions.add(question(field(catalog, entry.field()), entry.required(), entry.matters()));
            }
        }
        return new FilingForm(questions, card);
    }

    private static FormQuestion question(FormField field, boolean required, List<String> matters) {
        return new FormQuestion(field, required, field.prefill() == PrefillSource.ID_CARD_ID_NUMBER, matters);
    }

    private static FormField field(ServiceCatalog catalog, String code) {
        return catalog.field(code).orElseThrow(() -> new IllegalStateException("catalog has no field " + code));
    }

    public List<FormQuestion> questions() {
        return questions;
    }

    public synchronized String answer(String code) {
        requireKnown(code);
        return answers.get(code);
    }

    /**
     * Takes the citizen's answer as typed so far and says what is still wrong with it. A read-only
     * field keeps its value.
     */
    public synchronized Optional<FieldProblem> answer(String code, String text) {
        FormQuestion question = requireKnown(code);
        if (!question.readOnly()) {
            answers.put(code, Objects.requireNonNull(text, "text"));
        }
        return problemOf(question);
    }

    /** Every field that is not acceptable yet, in the form's order. */
    public synchronized Map<String, FieldProblem> problems() {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        for (FormQuestion question : questions) {
            problemOf(question).ifPresent(problem -> problems.put(question.code(), problem));
        }
        return problems;
    }

    public boolean complete() {
        return problems().isEmpty();
    }

    /** The answers to hand in: the non-blank ones, trimmed. */
    public synchronized Map<String, Object> answers() {
        Map<String, Object> given = new LinkedHashMap<>();
        answers.forEach((code, text) -> {
            if (!text.isBlank()) {
                given.put(code, text.strip());
            }
        });
        return given;
    }

    private Optional<FieldProblem> problemOf(FormQuestion question) {
        return FieldCheck.problem(question.field(), question.required(), answers.get(question.code()));
    }

    private FormQuestion requireKnown(String code) {
        return questions.stream().filter(question -> question.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("this form has no field " + code));
    }

    @Override
    public synchronized void wipe() {
        answers.replaceAll((code, text) -> "");
    }

    private static String prefill(FormField field, IdentityRecord card) {
        switch (field.prefill()) {
            case ID_CARD_NAME:
                return card.name();
            case ID_CARD_SEX:
                return sexOption(field, card.sex());
            case ID_CARD_BIRTH_DATE:
                return card.birthDate().toString();
            case ID_CARD_ADDRESS:
                return card.address();
            case ID_CARD_ID_NUMBER:
                return card.idNumber();
            case ID_CARD_NATION:
                return card.nation().name();
            default:
                return "";
        }
    }

    /** The choice option naming the card's sex, when the field offers one. */
    private static String sexOption(FormField field, Sex sex) {
        String wanted = sex == Sex.MALE ? "MALE" : sex == Sex.FEMALE ? "FEMALE" : "";
        return field.options().stream().map(ChoiceOption::code).filter(wanted::equals).findFirst().orElse("");
    }
}
