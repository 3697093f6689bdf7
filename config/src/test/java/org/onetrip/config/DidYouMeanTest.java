package org.onetrip.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    private static final List<String> KEYS = List.of("kind", "host", "port", "paperWidth");

    @Test
    void typosFindTheirKey() {
        assertThat(DidYouMean.closest("prot", KEYS)).contains("port");
        assertThat(DidYouMean.closest("paperwidth", KEYS)).contains("paperWidth");
        assertThat(DidYouMean.closest("papperWidht", KEYS)).contains("paperWidth");
        assertThat(DidYouMean.closest("hots", KEYS)).contains("host");
    }

    @Test
    void unrelatedWordsFindNothing() {
        assertThat(DidYouMean.closest("colour", KEYS)).isEmpty();
        assertThat(DidYouMean.closest("x", List.of())).isEmpty();
        assertThat(DidYouMean.hint("colour", KEYS)).isEmpty();
    }

    @Test
    void distanceCountsAnAdjacentSwapAsOneEdit() {
        assertThat(DidYouMean.distance("prot", "port")).isEqualTo(1);
        assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
    }
}
