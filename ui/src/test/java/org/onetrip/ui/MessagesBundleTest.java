package org.onetrip.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onetrip.devices.idcard.ReadFailure;
import org.onetrip.kiosk.shell.Journey;
import org.onetrip.kiosk.shell.Language;
import org.onetrip.kiosk.shell.OutOfServiceReason;

class MessagesBundleTest {

    private final ResourceBundle chinese = Messages.bundleFor(Language.ZH_CN);
    private final ResourceBundle english = Messages.bundleFor(Language.EN);

    @Test
    void each_language_has_its_own_bundle() {
        assertThat(chinese.getLocale()).isEqualTo(Language.ZH_CN.locale());
        assertThat(english.getLocale()).isEqualTo(Language.EN.locale());
    }

    @Test
    void both_bundles_have_exactly_the_same_keys() {
        assertThat(chinese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    }

    @Test
    void no_text_is_empty() {
        for (ResourceBundle bundle : Set.of(chinese, english)) {
            for (String key : bundle.keySet()) {
                assertThat(bundle.getString(key)).as(bundle.getLocale() + " " + key).isNotBlank();
            }
        }
    }

    @Test
    void the_bundles_are_read_as_utf8() {
        assertThat(chinese.getString("attract.invite")).isEqualTo("请触摸屏幕开始");
    }

    @Test
    void every_journey_and_out_of_service_reason_has_its_words() {
        for (ResourceBundle bundle : Set.of(chinese, english)) {
            for (Journey journey : Journey.values()) {
                assertThat(bundle.containsKey(MessageKeys.title(journey))).isTrue();
                assertThat(bundle.containsKey(MessageKeys.description(journey))).isTrue();
                assertThat(bundle.containsKey(MessageKeys.firstStep(journey))).isTrue();
            }
            for (OutOfServiceReason reason : OutOfServiceReason.values()) {
                assertThat(bundle.containsKey(MessageKeys.reason(reason))).as(reason.name()).isTrue();
            }
        }
    }

    @Test
    void every_reason_a_card_cannot_be_read_tells_the_citizen_what_to_do() {
        for (ResourceBundle bundle : Set.of(chinese, english)) {
            for (ReadFailure failure : ReadFailure.values()) {
                assertThat(bundle.containsKey("identification.failure." + failure.name())).as(failure.name()).isTrue();
            }
        }
    }

    @Test
    void every_reason_a_receipt_did_not_print_is_said_in_both_languages() {
        for (ResourceBundle bundle : Set.of(chinese, english)) {
            for (org.onetrip.devices.receipt.FailureReason reason : org.onetrip.devices.receipt.FailureReason.values()) {
                assertThat(bundle.containsKey("receipt.failed." + reason.name())).as(reason.name()).isTrue();
            }
        }
    }
}
