package org.onetrip.devices.printer.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Random and mutated bytes into the decoder: it may only answer with a message or
 * {@link IppFormatException}, and never hang. Seeded, so a failure replays.
 */
class IppCodecPropertyTest {
    private static final List<byte[]> SPECIMENS = List.of(IppBytes.specimen("gpa-all.bin"), IppBytes.specimen("print-job.bin"),
            IppBytes.specimen("gja-processing.bin"), IppBytes.specimen("print-job-format-not-supported.bin"));

    @Test
    void randomBytesNeverBreakTheDecoder() {
        Random random = new Random(20261121L);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            int accepted = 0;
            for (int run = 0; run < 50_000; run++) {
                byte[] input = new byte[random.nextInt(64)];
                random.nextBytes(input);
                if (input.length > 2) {
                    input[0] = 0x02;
                    input[1] = 0x00;
                }
                accepted += decodes(input) ? 1 : 0;
            }
            assertThat(accepted).isLessThan(50_000);
        });
    }

    @Test
    void mutatedRealResponsesNeverBreakTheDecoder() {
        Random random = new Random(631L);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            int accepted = 0;
            for (int run = 0; run < 10_000; run++) {
                byte[] specimen = SPECIMENS.get(random.nextInt(SPECIMENS.size()));
                byte[] input = java.util.Arrays.copyOf(specimen, random.nextInt(4) == 0 ? random.nextInt(specimen.length + 1)
                        : specimen.length);
                for (int flips = random.nextInt(4) + 1; flips > 0 && input.length > 0; flips--) {
                    input[random.nextInt(input.length)] = (byte) random.nextInt(256);
                }
                accepted += decodes(input) ? 1 : 0;
            }
            // a flipped byte inside a text value still decodes: some must pass, or the generator is broken
            assertThat(accepted).isPositive();
        });
    }

    private static boolean decodes(byte[] input) {
        try {
            IppMessage message = IppCodec.decode(input);
            assertThat(IppCodec.decode(IppCodec.encode(message))).isEqualTo(message);
            return true;
        } catch (IppFormatException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            return false;
        }
    }
}
