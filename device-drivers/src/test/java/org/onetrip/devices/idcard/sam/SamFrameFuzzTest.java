package org.onetrip.devices.idcard.sam;

import java.util.Optional;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the frame decoders. Plain {@code mvn test} replays the seeds in
 * {@code src/test/resources/.../SamFrameFuzzTestInputs/}; {@code JAZZER_FUZZ=1} explores.
 * Any exception other than {@link SamFrameException} fails the run.
 */
class SamFrameFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void decodersOnlyThrowTheirOwnError(byte[] input) {
        try {
            SamFrameCodec.decodeReply(input);
        } catch (SamFrameException expected) {
            // a rejected frame is the expected answer to most inputs
        }
        try {
            SamFrameCodec.decodeRequest(input);
        } catch (SamFrameException expected) {
            // as above
        }
        SamFrameAssembler assembler = new SamFrameAssembler();
        assembler.feed(input, 0, input.length);
        Optional<byte[]> frame;
        while ((frame = assembler.nextFrame()).isPresent()) {
            try {
                SamReply reply = SamFrameCodec.decodeReply(frame.get());
                if (reply.data().length == 1284) {
                    ResidentIdTextBlock.decode(java.util.Arrays.copyOfRange(reply.data(), 4, 260), new byte[0]);
                }
            } catch (SamFrameException expected) {
                // as above
            }
        }
    }
}
