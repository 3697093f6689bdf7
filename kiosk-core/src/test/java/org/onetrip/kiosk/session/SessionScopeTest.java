package org.onetrip.kiosk.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionScopeTest {

    private final SessionScope scope = new SessionScope();

    @Test
    void wipes_everything_held_newest_first() {
        List<String> order = new ArrayList<>();
        scope.hold(() -> order.add("identity"));
        scope.hold(() -> order.add("scans"));

        scope.wipe();

        assertThat(order).containsExactly("scans", "identity");
        assertThat(scope.isWiped()).isTrue();
    }

    @Test
    void a_failing_wipe_does_not_stop_the_others_and_is_reported() {
        List<String> wiped = new ArrayList<>();
        scope.hold(() -> wiped.add("identity"));
        scope.hold(() -> {
            throw new IllegalStateException("scan file locked");
        });
        scope.hold(() -> wiped.add("form"));

        assertThatThrownBy(scope::wipe)
                .isInstanceOf(SessionWipeException.class)
                .hasMessageContaining("1 session data holder(s)")
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement()
                        .extracting(Throwable::getMessage).isEqualTo("scan file locked"));
        assertThat(wiped).containsExactly("form", "identity");
    }

    @Test
    void refuses_data_after_the_wipe() {
        scope.wipe();

        assertThatThrownBy(() -> scope.hold(() -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ended");
    }

    @Test
    void wipes_each_holder_once() {
        int[] calls = new int[1];
        scope.hold(() -> calls[0]++);

        scope.wipe();
        scope.wipe();

        assertThat(calls[0]).isEqualTo(1);
    }
}
