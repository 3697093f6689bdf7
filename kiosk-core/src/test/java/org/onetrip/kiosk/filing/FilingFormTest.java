package org.onetrip.kiosk.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.config.catalog.FormEntry;
import org.onetrip.config.catalog.Matter;
import org.onetrip.config.catalog.ServiceCatalog;
import org.onetrip.devices.idcard.IdentityRecord;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.kiosk.journey.Choice;

/** The form as the citizen meets it: pre-filled from the card, checked as typed, shared fields once. */
class FilingFormTest {

    private static final ServiceCatalog CATALOG = new ConfigurationLoader().load(Path.of("../conf")).catalog();
    private final IdentityRecord zhangWei = IdentityDeck.standard().card("zhang-wei");

    @Test
    void theCardFillsWhatItKnowsAndTheIdNumberCannotBeChanged() {
        Matter matter = matterAsking("APPLICANT_NAME", "APPLICANT_ID_NUMBER");
        FilingForm form = FilingForm.of(new Choice.OneMatter(matter), CATALOG, zhangWei);

        assertThat(form.answer("APPLICANT_NAME")).isEqualTo("张伟");
        assertThat(form.answer("APPLICANT_ID_NUMBER")).isEqualTo("110101198503121239");
        assertThat(form.answer("APPLICANT_ID_NUMBER", "110101198503121220")).isEmpty();
        assertThat(form.answer("APPLICANT_ID_NUMBER")).as("the card's number stays").isEqualTo("110101198503121239");
        form.questions().stream().filter(q -> q.code().equals("APPLICANT_ID_NUMBER"))
                .forEach(q -> assertThat(q.readOnly()).isTrue());
    }

    @Test
    void eachAnswerIsCheckedAsItIsTyped() {
        Matter matter = matterAsking("MOBILE");
        FilingForm form = FilingForm.of(new Choice.OneMatter(matter), CATALOG, zhangWei);
        boolean mobileRequired = matter.form().stream().filter(e -> e.field().equals("MOBILE"))
                .anyMatch(FormEntry::required);

        assertThat(form.answer("MOBILE", "138")).contains(FieldProblem.NOT_A_PHONE);
        assertThat(form.answer("MOBILE", "13812345678")).isEmpty();
        assertThat(form.answer("MOBILE", "23812345678")).contains(FieldProblem.NOT_A_PHONE);
        if (mobileRequired) {
            assertThat(form.answer("MOBILE", " ")).contains(FieldProblem.REQUIRED);
            assertThat(form.complete()).isFalse();
            assertThat(form.problems()).containsKey("MOBILE");
        }
        assertThat(form.answer("MOBILE", "13812345678")).isEmpty();
        assertThat(form.answers()).containsEntry("MOBILE", "13812345678");
    }

    @Test
    void typesAreCheckedBeforeTheCatalogRule() {
        var catalogField = CATALOG.field("POSTCODE").orElseThrow();
        assertThat(FieldCheck.problem(catalogField, true, "10000")).contains(FieldProblem.NOT_A_POSTCODE);
        assertThat(FieldCheck.problem(catalogField, true, "100010")).isEmpty();
        assertThat(FieldCheck.problem(catalogField, false, "")).isEmpty();
        var idField = CATALOG.field("APPLICANT_ID_NUMBER").orElseThrow();
        assertThat(FieldCheck.problem(idField, true, "110101198503121230")).contains(FieldProblem.NOT_AN_ID_NUMBER);
        var birth = CATALOG.field("APPLICANT_BIRTH_DATE").orElseThrow();
        assertThat(FieldCheck.problem(birth, true, "1985-02-30")).contains(FieldProblem.NOT_A_DATE);
        var email = CATALOG.field("EMAIL").orElseThrow();
        assertThat(FieldCheck.problem(email, true, "zhang@")).contains(FieldProblem.NOT_AN_EMAIL);
        var name = CATALOG.field("APPLICANT_NAME").orElseThrow();
        assertThat(FieldCheck.problem(name, true, "张")).contains(FieldProblem.TOO_SHORT);
    }

    @Test
    void aBundleAsksASharedFieldOnce() {
        var bundle = CATALOG.bundles().get(0);
        Choice.OneThing choice = new Choice.OneThing(bundle,
                bundle.matters().stream().map(code -> CATALOG.matter(code).orElseThrow()).toList());
        FilingForm form = FilingForm.of(choice, CATALOG, zhangWei);

        List<String> codes = form.questions().stream().map(FormQuestion::code).toList();
        assertThat(codes).doesNotHaveDuplicates();
        long sharedByAll = form.questions().stream().filter(q -> q.matters().size() > 1).count();
        assertThat(sharedByAll).as("the bundle's matters share some fields").isPositive();
    }

    @Test
    void wipingForgetsEveryAnswer() {
        FilingForm form = FilingForm.of(new Choice.OneMatter(matterAsking("APPLICANT_NAME")), CATALOG, zhangWei);
        form.wipe();
        assertThat(form.answers()).isEmpty();
    }

    @Test
    void postingNeedsAFullAddressAndCollectingDoesNot() {
        FilingForm form = FilingForm.of(new Choice.OneMatter(matterAsking("APPLICANT_NAME")), CATALOG, zhangWei);
        DeliveryForm delivery = new DeliveryForm(form, zhangWei.address());
        assertThat(delivery.complete()).isTrue();
        assertThat(delivery.answers()).containsEntry("DELIVERY_METHOD", "AT_HALL").hasSize(1);

        delivery.choose(DeliveryMethod.BY_POST);
        assertThat(delivery.answer(DeliveryField.ADDRESS)).as("pre-filled from the card").isEqualTo(zhangWei.address());
        assertThat(delivery.problems()).containsOnlyKeys(DeliveryField.POSTCODE, DeliveryField.MOBILE);
        assertThat(delivery.answer(DeliveryField.POSTCODE, "100009")).isEmpty();
        assertThat(delivery.answer(DeliveryField.MOBILE, "13912345678")).isEmpty();
        assertThat(delivery.complete()).isTrue();
        assertThat(delivery.answers()).containsEntry("DELIVERY_METHOD", "BY_POST")
                .containsEntry("DELIVERY_POSTCODE", "100009");
    }

    private static Matter matterAsking(String... fields) {
        return CATALOG.matters().stream()
                .filter(m -> m.form().stream().map(FormEntry::field).toList().containsAll(List.of(fields)))
                .findFirst().orElseThrow();
    }
}
