package org.onetrip.devices.printer.ipp;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the IPP decoder. Plain {@code mvn test} replays the seeds in
 * {@code src/test/resources/.../IppCodecFuzzTestInputs/}; {@code JAZZER_FUZZ=1} explores.
 * Any exception other than {@link IppFormatException} fails the run.
 */
class IppCodecFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void decoderOnlyThrowsItsOwnError(byte[] input) {
        try {
            IppMessage message = IppCodec.decode(input);
            IppCodec.encode(message);
            IppPrinterAttributes.from(message);
            IppJobAttributes.from(message);
        } catch (IppFormatException expected) {
            // a rejected message is the expected answer to most inputs
        }
    }
}
