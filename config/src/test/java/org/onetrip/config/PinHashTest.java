package org.onetrip.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PinHashTest {

    private static final byte[] SALT = "sixteen-byte-sal".getBytes(StandardCharsets.US_ASCII);
    private static final PinHash.Argon2Cost CHEAP = new PinHash.Argon2Cost(8192, 1, 1);

    @Test
    void anArgon2idHashMatchesItsPinOnlyAndSurvivesItsStoredForm() {
        PinHash hash = PinHash.Argon2id.derive("135790".toCharArray(), SALT, CHEAP);

        PinHash stored = PinHash.parse(hash.encoded());

        assertThat(stored).isEqualTo(hash);
        assertThat(stored.matches("135790".toCharArray())).isTrue();
        assertThat(stored.matches("135791".toCharArray())).isFalse();
        assertThat(stored.matches("1357900".toCharArray())).isFalse();
        assertThat(stored.digits()).hasValue(6);
        assertThat(hash.encoded()).startsWith("argon2id$v=19$m=8192,t=1,p=1$digits=6$c2l4dGVlbi1ieXRlLXNhbA==$");
    }

    @Test
    void newHashesAreOfTheStandardCostAndRandomSalt() {
        PinHash.Argon2id one = PinHash.create("13579024".toCharArray(), new SecureRandom());
        PinHash.Argon2id two = PinHash.create("13579024".toCharArray(), new SecureRandom());

        assertThat(one.cost()).isEqualTo(PinHash.Argon2id.STANDARD);
        assertThat(one.digits()).hasValue(8);
        assertThat(one.salt()).isNotEqualTo(two.salt());
        assertThat(one.matches("13579024".toCharArray())).isTrue();
    }

    @Test
    void aPinShorterThanSixDigitsOrNotDigitsIsNotHashed() {
        assertThatThrownBy(() -> PinHash.create("12345".toCharArray(), new SecureRandom()))
                .hasMessageContaining("6 to 12 digits");
        assertThatThrownBy(() -> PinHash.create("12345a".toCharArray(), new SecureRandom()))
                .hasMessageContaining("6 to 12 digits");
    }

    @Test
    void theDigitCountIsBoundIntoTheHashSoEditingItMatchesNothing() {
        PinHash hash = PinHash.Argon2id.derive("135790".toCharArray(), SALT, CHEAP);

        PinHash edited = PinHash.parse(hash.encoded().replace("digits=6", "digits=8"));

        assertThat(edited.digits()).hasValue(8);
        assertThat(edited.matches("135790".toCharArray())).isFalse();
    }

    @Test
    void anOlderPbkdf2HashIsStillReadButDoesNotTellItsLength() {
        PinHash hash = PinHash.Pbkdf2.derive("135790".toCharArray(), SALT, PinHash.Pbkdf2.MIN_ITERATIONS);

        PinHash stored = PinHash.parse(hash.encoded());

        assertThat(stored).isEqualTo(hash);
        assertThat(stored.matches("135790".toCharArray())).isTrue();
        assertThat(stored.matches("135791".toCharArray())).isFalse();
        assertThat(stored.digits()).isEmpty();
    }

    @Test
    void itsTextNeverShowsTheHash() {
        assertThat(PinHash.Argon2id.derive("135790".toCharArray(), SALT, CHEAP).toString())
                .isEqualTo("PinHash[argon2id, m=8192,t=1,p=1, 6 digits]");
        assertThat(PinHash.Pbkdf2.derive("135790".toCharArray(), SALT, PinHash.Pbkdf2.MIN_ITERATIONS).toString())
                .isEqualTo("PinHash[pbkdf2-sha256, 10000 iterations]");
    }

    @Test
    void malformedStoredFormsSayWhatIsWrong() {
        assertThatThrownBy(() -> PinHash.parse("sha1$1$a$b")).hasMessageContaining(PinHash.FORMAT);
        assertThatThrownBy(() -> PinHash.parse("argon2id$v=16$m=8192,t=1,p=1$digits=6$AAAA$AAAA"))
                .hasMessageContaining(PinHash.Argon2id.FORMAT);
        assertThatThrownBy(() -> PinHash.parse("argon2id$v=19$m=1024,t=1,p=1$digits=6$c2l4dGVlbi1ieXRlLXNhbA==$AAAA"))
                .hasMessageContaining("m (memory in KiB) must be from 8192");
        assertThatThrownBy(() -> PinHash.parse("argon2id$v=19$m=8192,t=1,p=1$digits=six$c2l4dGVlbi1ieXRlLXNhbA==$AAAA"))
                .hasMessageContaining(PinHash.Argon2id.FORMAT);
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
