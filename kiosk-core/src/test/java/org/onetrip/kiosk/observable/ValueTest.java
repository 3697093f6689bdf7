package org.onetrip.kiosk.observable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTest {

    private final Value<String> value = new Value<>("zh-CN");

    @Test
    void notifies_listeners_of_a_change_only() {
        List<String> heard = new ArrayList<>();
        value.subscribe(heard::add);

        value.set("zh-CN");
        value.set("en");
        value.set("en");

        assertThat(heard).containsExactly("en");
        assertThat(value.get()).isEqualTo("en");
    }

    @Test
    void a_cancelled_subscription_hears_nothing_more() {
        List<String> heard = new ArrayList<>();
        Subscription subscription = value.subscribe(heard::add);

        subscription.cancel();
        value.set("en");

        assertThat(heard).isEmpty();
    }

    @Test
    void cancelling_one_of_two_identical_listeners_keeps_the_other() {
        List<String> heard = new ArrayList<>();
        java.util.function.Consumer<String> listener = heard::add;
        Subscription first = value.subscribe(listener);
        value.subscribe(listener);

        first.cancel();
        value.set("en");

        assertThat(heard).containsExactly("en");
    }

    @Test
    void refuses_null() {
        assertThatThrownBy(() -> value.set(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Value<String>(null)).isInstanceOf(NullPointerException.class);
    }
}
