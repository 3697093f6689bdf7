package org.onetrip.kiosk.backend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackendTextTest {

    @Test
    void controlCharactersAndBrokenSurrogatesFromTheWireAreReplaced() {
        assertThat(BackendText.shown("材料不全\u0007请补交")).isEqualTo("材料不全\uFFFD请补交");
        assertThat(BackendText.shown("line\u001b[2Jcleared")).isEqualTo("line\uFFFD[2Jcleared");
        assertThat(BackendText.shown("next\u0085line")).isEqualTo("next\uFFFDline");
        assertThat(BackendText.shown("half \uD869 pair")).isEqualTo("half \uFFFD pair");
    }

    @Test
    void ordinaryTextIncludingCharactersBeyondTheBasicPlaneIsKept() {
        assertThat(BackendText.shown("刘䶮 𠀀 ok")).isEqualTo("刘䶮 𠀀 ok");
        assertThat(BackendText.shown(null)).isNull();
    }
}
