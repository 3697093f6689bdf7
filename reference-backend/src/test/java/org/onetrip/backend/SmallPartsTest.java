package org.onetrip.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.onetrip.backend.fault.FaultInjector;
import org.onetrip.backend.fault.FaultMode;
import org.onetrip.backend.fault.FaultRule;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.registry.CivilRegistry;
import org.onetrip.backend.registry.IdNumbers;
import org.onetrip.backend.registry.Resident;
import org.onetrip.backend.submission.CanonicalJson;

class SmallPartsTest {

    @Test
    void canonicalJsonSortsMembersAndDropsWhitespace() throws Exception {
        String input = "{ \"b\": [3, {\"z\": true, \"a\": null}], \"a\": \"张伟\\n\", \"c\": 1.5 }";

        byte[] canonical = CanonicalJson.bytes(new ObjectMapper().readTree(input));

        assertThat(new String(canonical, StandardCharsets.UTF_8))
                .isEqualTo("{\"a\":\"张伟\\n\",\"b\":[3,{\"a\":null,\"z\":true}],\"c\":1.5}");
    }

    @Test
    void everySharedTestIdentityHasAValidIdNumber() {
        assertThat(new CivilRegistry().all()).hasSize(6)
                .allSatisfy(r -> assertThat(IdNumbers.isValid(r.idNumber())).as(r.key()).isTrue());
        assertThat(new CivilRegistry().byIdNumber("440103196609300155")).map(Resident::name).contains("刘\u4DAE");
    }

    @Test
    void idNumbersWithAWrongCheckCharacterOrLengthAreInvalid() {
        assertThat(IdNumbers.isValid("110101198503121230")).isFalse();
        assertThat(IdNumbers.isValid("11010119850312123")).isFalse();
        assertThat(IdNumbers.isValid("11010119850312123X")).isFalse();
        assertThat(IdNumbers.isValid("A10101198503121239")).isFalse();
        assertThat(IdNumbers.isValid(null)).isFalse();
        assertThat(IdNumbers.mask("110101198503121239")).isEqualTo("110101********1239");
    }

    @Test
    void faultDecisionsFollowTheSeedAndThePrefix() {
        FaultInjector faults = new FaultInjector(0);
        faults.set(List.of(FaultRule.always(FaultMode.FAIL).withProbability(0.3).onlyUnder("/api/v1/submissions")), 42);
        List<Boolean> first = decisions(faults);
        faults.set(List.of(FaultRule.always(FaultMode.FAIL).withProbability(0.3).onlyUnder("/api/v1/submissions")), 42);

        assertThat(decisions(faults)).isEqualTo(first).contains(true, false);
        assertThat(faults.decide("/api/v1/catalog/version")).isEqualTo(Optional.empty());
    }

    @Test
    void badFaultRulesAreRefusedWithTheAllowedRange() {
        assertThatThrownBy(() -> FaultRule.always(FaultMode.FAIL).withProbability(1.5))
                .hasMessageContaining("0.0..1.0");
        assertThatThrownBy(() -> FaultRule.slow(Duration.ofSeconds(-1))).hasMessageContaining("negative");
        assertThatThrownBy(() -> FaultRule.always(FaultMode.RESET).onlyUnder("api")).hasMessageContaining("'/'");
    }

    @Test
    void aClientErrorIsNeverRetryableExceptADamagedUpload() {
        assertThat(Arrays.stream(ErrorCode.values()).filter(c -> c.status() < 500 && c.retryable()))
                .containsExactly(ErrorCode.DIGEST_MISMATCH);
        assertThat(Arrays.stream(ErrorCode.values()).filter(c -> c.status() >= 500))
                .allMatch(ErrorCode::retryable);
    }

    @Test
    void faultRulesAreBounded() {
        assertThatThrownBy(() -> FaultRule.slow(Duration.ofMinutes(2))).hasMessageContaining("PT1M");
        FaultInjector faults = new FaultInjector(0);
        for (int i = 0; i < FaultInjector.MOST_RULES; i++) {
            faults.add(FaultRule.always(FaultMode.FAIL).withProbability(0.01));
        }
        assertThatThrownBy(() -> faults.add(FaultRule.always(FaultMode.FAIL))).hasMessageContaining("at most 32");
    }

    private static List<Boolean> decisions(FaultInjector faults) {
        List<Boolean> hits = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            hits.add(faults.decide("/api/v1/submissions/s").isPresent());
        }
        return hits;
    }
}
