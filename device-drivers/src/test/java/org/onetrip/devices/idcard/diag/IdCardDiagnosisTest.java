package org.onetrip.devices.idcard.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.devices.idcard.sim.SamReaderSimulator;

class IdCardDiagnosisTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final IdCardDiagnosis diagnosis = new IdCardDiagnosis(TODAY, name -> {
        throw new java.io.IOException("no PC/SC service in this test");
    });
    private SamReaderSimulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheSelfTestAndTheMaskedIdentity() throws Exception {
        simulator = SamReaderSimulator.onPseudoTerminal(Optional.empty(), IdentityDeck.standard(), 0);
        simulator.placeCard("ouyang-mingyuan");

        int exit = diagnosis.run(new String[] {"--serial", simulator.address(), "--baud", "115200"}, out);

        assertThat(exit).isZero();
        assertThat(output()).contains("self-test  ok").contains("samId: 05.01-20260101-000001234-123456789")
                .contains("card       欧***  2101**********0714").contains("state      ONLINE")
                .doesNotContain("欧阳明远").doesNotContain("210102200102280714");
    }

    @Test
    void printsJsonWithTheAgreedKeys() throws Exception {
        simulator = SamReaderSimulator.onPseudoTerminal(Optional.empty(), IdentityDeck.standard(), 0);
        simulator.placeCard("li-xiuying");

        int exit = diagnosis.run(new String[] {"--serial", simulator.address(), "--json"}, out);

        assertThat(exit).isZero();
        assertThat(output().trim()).startsWith("{\"state\":\"ONLINE\",\"reader\":{")
                .contains("\"card\":{\"name\":\"李**\",\"idNumber\":\"3101**********2461\",\"sex\":\"女\",\"nation\":\"汉\","
                        + "\"birthDate\":\"1952-11-08\",\"expires\":\"长期\"}");
    }

    @Test
    void saysWhenNoCardIsOnTheReaderButTheReaderAnswered() throws Exception {
        simulator = SamReaderSimulator.onPseudoTerminal(Optional.empty(), IdentityDeck.standard(), 0);

        int exit = diagnosis.run(new String[] {"--serial", simulator.address()}, out);

        assertThat(exit).isZero();
        assertThat(output()).contains("card       none read: NO_CARD");
    }

    @Test
    void failsWithExitOneWhenThePortIsMissing(@TempDir Path dir) {
        int exit = diagnosis.run(new String[] {"--serial", dir.resolve("ttyNONE").toString(), "--json"}, out);

        assertThat(exit).isEqualTo(IdCardDiagnosis.READER_FAILED);
        assertThat(output()).contains("\"selfTest\":\"failed\"").contains("does not exist").contains("\"card\":null");
    }

    @Test
    void failsWithExitOneWhenNoPcscServiceAnswers() {
        int exit = diagnosis.run(new String[] {"--pcsc", "--json"}, out);

        assertThat(exit).isEqualTo(IdCardDiagnosis.READER_FAILED);
        assertThat(output()).contains("\"error\":\"cannot open the reader: no PC/SC service in this test\"");
    }

    @Test
    void rejectsBadArgumentsWithUsage() {
        assertThat(diagnosis.run(new String[] {}, out)).isEqualTo(IdCardDiagnosis.USAGE);
        assertThat(diagnosis.run(new String[] {"--serial", "/dev/ttyS0", "--baud", "12345"}, out)).isEqualTo(IdCardDiagnosis.USAGE);
        assertThat(diagnosis.run(new String[] {"--tcp", "nohost"}, out)).isEqualTo(IdCardDiagnosis.USAGE);
        assertThat(output()).contains("--baud must be one of 9600, 19200, 38400, 57600, 115200; was 12345").contains("usage: diag idcard");
    }
}
