package org.onetrip.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PinHashTest {

    private static final byte[] SALT = "sixteen-byte-sal".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aDerivedHashMatchesItsPinOnlyAndSurvivesItsStoredForm() {
        PinHash hash = PinHash.derive("135790".toCharArray(), SALT, PinHash.MIN_ITERATIONS);

        PinHash stored = PinHash.parse(hash.encoded());

        assertThat(stored).isEqualTo(hash);
        assertThat(stored.matches("135790".toCharArray())).isTrue();
        assertThat(stored.matches("135791".toCharArray())).isFalse();
        assertThat(hash.encoded()).startsWith("pbkdf2-sha256$10000$c2l4dGVlbi1ieXRlLXNhbA==$");
    }

    @Test
    void itsTextNeverShowsTheHash() {
        PinHash hash = PinHash.derive("135790".toCharArray(), SALT, PinHash.MIN_ITERATIONS);

        assertThat(hash.toString()).isEqualTo("PinHash[pbkdf2-sha256, 10000 iterations]");
    }

    @Test
    void malformedStoredFormsSayWhatIsWrong() {
        assertThatThrownBy(() -> PinHash.parse("sha1$1$a$b")).hasMessageContaining(PinHash.FORMAT);
        assertThatThrownBy(() -> PinHash.parse("pbkdf2-sha256$many$AAAA$AAAA")).hasMessageContaining("ITERATIONS");
        assertThatThrownBy(() -> PinHash.parse("pbkdf2-sha256$100$c2l4dGVlbi1ieXRlLXNhbA==$AAAA"))
                .hasMessageContaining("iterations must be from 10000");
        assertThatThrownBy(() -> PinHash.parse("pbkdf2-sha256$10000$AAAA$AAAA"))
                .hasMessageContaining("salt must be at least 16 bytes");
        assertThatThrownBy(() -> PinHash.parse("pbkdf2-sha256$10000$c2l4dGVlbi1ieXRlLXNhbA==$AAAA"))
                .hasMessageContaining("hash must be 32 bytes");
        assertThatThrownBy(() -> PinHash.parse("pbkdf2-sha256$10000$***$AAAA")).isInstanceOf(IllegalArgumentException.class);
    }
}
