package org.onetrip.devices.idcard.sam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Random bytes into the decoders: they may only answer with a value or {@link SamFrameException},
 * and never hang. Seeded, so a failure replays.
 */
class SamFrameDecoderPropertyTest {
    private static final int RUNS = 200_000;

    @Test
    void randomBytesNeverBreakTheDecoders() {
        Random random = new Random(20261121L);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            int accepted = 0;
            for (int run = 0; run < RUNS; run++) {
                byte[] input = randomFrameLike(random);
                accepted += decodeAll(input);
            }
            // the generator starts most inputs with a preamble, so some must pass as frames
            assertThat(accepted).isPositive();
        });
    }

    @Test
    void streamsOfRandomBytesNeverHangTheAssembler() {
        Random random = new Random(42L);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            SamFrameAssembler assembler = new SamFrameAssembler();
            for (int run = 0; run < 20_000; run++) {
                byte[] chunk = randomFrameLike(random);
                assembler.feed(chunk, 0, chunk.length);
                Optional<byte[]> frame;
                while ((frame = assembler.nextFrame()).isPresent()) {
                    decodeAll(frame.get());
                }
                assertThat(assembler.pendingBytes()).isLessThanOrEqualTo(SamFrameCodec.HEADER_LENGTH + SamFrameCodec.MAX_LENGTH_FIELD);
            }
        });
    }

    private static int decodeAll(byte[] input) {
        int accepted = 0;
        try {
            SamFrameCodec.decodeReply(input);
            accepted++;
        } catch (SamFrameException expected) {
            assertThat(expected.fault()).isNotNull();
        }
        try {
            SamFrameCodec.decodeRequest(input);
            accepted++;
        } catch (SamFrameException expected) {
            assertThat(expected.fault()).isNotNull();
        }
        if (input.length > 20) {
            byte[] text = new byte[ResidentIdTextBlock.LENGTH];
            System.arraycopy(input, 0, text, 0, Math.min(input.length, text.length));
            try {
                ResidentIdTextBlock.decode(text, new byte[0]);
            } catch (SamFrameException expected) {
                assertThat(expected.fault()).isEqualTo(FrameFault.BAD_LAYOUT);
            }
        }
        return accepted;
    }

    /** Mostly well-started frames with random lengths and bodies, sometimes with a right checksum. */
    private static byte[] randomFrameLike(Random random) {
        int shape = random.nextInt(4);
        int bodyLength = random.nextInt(shape == 0 ? 3000 : 40);
        byte[] bytes = new byte[SamFrameCodec.HEADER_LENGTH + bodyLength + 1];
        random.nextBytes(bytes);
        if (shape != 3) {
            System.arraycopy(SamFrameCodec.PREAMBLE, 0, bytes, 0, SamFrameCodec.PREAMBLE.length);
        }
        if (shape == 1 || shape == 2) {
            int length = bodyLength + 1 + (shape == 2 ? random.nextInt(5) - 2 : 0);
            bytes[5] = (byte) (length >> 8);
            bytes[6] = (byte) length;
            bytes[bytes.length - 1] = (byte) SamFrameCodec.xor(bytes, 5, bytes.length - 1);
        }
        return bytes;
    }
}
