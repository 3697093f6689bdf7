package org.onetrip.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk's check of an operator's signed order. */
class OrderCheckTest {

    private final FleetJson json = new FleetJson();
    private final OperatorKey operator = OperatorKey.generate(json);
    private final Instant now = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aSignedOrderForThisKioskInTimeIsValidOnce() {
        OrderCheck check = new OrderCheck(operator.publicKey(), "k1", json);
        String signed = operator.sign(operator.order("k1", CommandName.SEND_LOGS, List.of("https://logs.example/up"), now));
        assertThat(check.check(signed, now)).isInstanceOf(OrderCheck.Verdict.Valid.class);
        assertThat(check.check(signed, now)).isInstanceOfSatisfying(OrderCheck.Verdict.Invalid.class,
                i -> assertThat(i.reason()).contains("replay"));
    }

    @Test
    void expiredForAnotherKioskTamperedOrGarbledOrdersAreInvalid() {
        OrderCheck check = new OrderCheck(operator.publicKey(), "k1", json);
        String signed = operator.sign(operator.order("k1", CommandName.RESTART, List.of(), now));
        assertThat(reason(check, signed, now.plus(OperatorKey.VALID_FOR).plusSeconds(1))).isEqualTo("expired");
        assertThat(reason(check, operator.sign(operator.order("k2", CommandName.RESTART, List.of(), now)), now))
                .isEqualTo("meant for kiosk k2");
        String[] parts = signed.split("\\.");
        String otherPayload = operator.sign(operator.order("k1", CommandName.OUT_OF_SERVICE, List.of(), now)).split("\\.")[1];
        assertThat(reason(check, parts[0] + "." + otherPayload + "." + parts[2], now)).contains("not signed");
        assertThat(reason(check, "not-a-jws", now)).isEqualTo("not a signed order");
        assertThat(reason(check, operator.sign(operator.order("k1", CommandName.RESTART, List.of(),
                now.plusSeconds(600))), now)).isEqualTo("signed in the future");
    }

    @Test
    void theKeySurvivesItsFileAndThePublicHalfChecks(@TempDir Path dir) {
        Path file = dir.resolve("operator.jwk");
        Path pub = operator.save(file);
        OperatorKey loaded = OperatorKey.load(file, json);
        OrderCheck check = new OrderCheck(OperatorKey.readKey(pub), "k1", json);
        assertThat(check.check(loaded.sign(loaded.order("k1", CommandName.SELF_TEST, List.of(), now)), now))
                .isInstanceOf(OrderCheck.Verdict.Valid.class);
        assertThat(OperatorKey.readKey(pub).isPrivate()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OperatorKey.load(pub, json))
                .hasMessageContaining("only the public half");
    }

    private String reason(OrderCheck check, String signed, Instant at) {
        return ((OrderCheck.Verdict.Invalid) check.check(signed, at)).reason();
    }
}
