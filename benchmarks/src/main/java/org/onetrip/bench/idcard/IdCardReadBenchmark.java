package org.onetrip.bench.idcard;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.onetrip.devices.idcard.CardRead;
import org.onetrip.devices.idcard.sam.SamIdCardReader;
import org.onetrip.devices.idcard.sam.SamReaderTimeouts;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.devices.idcard.sim.SamReaderSimulator;

/**
 * Time from "read the card on the reader" to a checked {@code IdentityRecord}, over the
 * simulator on a pseudo-terminal with the line paced at the given baud rate, against the
 * wire time of the bytes exchanged (10 bit times per byte, 8N1). The difference is the
 * driver's own overhead (codec, checks, thread hand-offs, serial library, kernel).
 *
 * <p>The simulator models the line, not the radio read of the card, so a real reader adds
 * its card access time (about 0.5-1 s) to both sides; the overhead stays the same.
 *
 * <pre>java ... org.onetrip.bench.idcard.IdCardReadBenchmark [reads] [baud]</pre>
 */
public final class IdCardReadBenchmark {
    private static final int WARM_UP = 10;

    /**
     * @param reads           measured reads
     * @param baud            line speed
     * @param median          median time per read
     * @param p95             95th percentile time per read
     * @param wireTime        line time of the bytes of one read, both directions
     * @param bytesPerRead    bytes exchanged in one read, both directions
     * @param overheadPercent (median - wire time) / wire time, in percent
     */
    public record Result(int reads, int baud, Duration median, Duration p95, Duration wireTime, long bytesPerRead,
                         double overheadPercent) {
        /** One line for docs/BENCHMARKS.md. */
        public String line() {
            return String.format(Locale.ROOT,
                    "idcard read (SAM over PTY, %d baud, %d reads): median %.1f ms, p95 %.1f ms, wire %.1f ms for %d bytes, overhead %.1f %%",
                    baud, reads, millis(median), millis(p95), millis(wireTime), bytesPerRead, overheadPercent);
        }

        private static double millis(Duration d) {
            return d.toNanos() / 1e6;
        }
    }

    private IdCardReadBenchmark() {
    }

    public static Result run(int reads, int baud) throws Exception {
        if (reads < 1) {
            throw new IllegalArgumentException("reads must be at least 1, was " + reads);
        }
        try (SamReaderSimulator simulator = SamReaderSimulator.onPseudoTerminal(Optional.empty(), IdentityDeck.standard(), baud);
             SamIdCardReader reader = SamIdCardReader.overSerial(simulator.address(), baud, SamReaderTimeouts.defaults(),
                     Clock.systemDefaultZone())) {
            simulator.placeCard("zhang-wei");
            for (int i = 0; i < WARM_UP; i++) {
                readOnce(reader);
            }
            long bytesBefore = simulator.bytesReceived() + simulator.bytesSent();
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < reads; i++) {
                long start = System.nanoTime();
                readOnce(reader);
                nanos.add(System.nanoTime() - start);
            }
            long bytesPerRead = (simulator.bytesReceived() + simulator.bytesSent() - bytesBefore) / reads;
            Collections.sort(nanos);
            Duration median = Duration.ofNanos(nanos.get(nanos.size() / 2));
            Duration p95 = Duration.ofNanos(nanos.get(Math.min(nanos.size() - 1, (int) Math.ceil(nanos.size() * 0.95) - 1)));
            Duration wire = Duration.ofNanos(bytesPerRead * 10L * 1_000_000_000L / baud);
            double overhead = 100.0 * (median.toNanos() - wire.toNanos()) / wire.toNanos();
            return new Result(reads, baud, median, p95, wire, bytesPerRead, overhead);
        }
    }

    private static void readOnce(SamIdCardReader reader) throws Exception {
        CardRead outcome = reader.read().get(10, TimeUnit.SECONDS);
        if (!(outcome instanceof CardRead.Success success)) {
            throw new IllegalStateException("benchmark read failed: " + outcome);
        }
        success.identity().wipe();
    }

    public static void main(String[] args) throws Exception {
        int reads = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int baud = args.length > 1 ? Integer.parseInt(args[1]) : 115200;
        System.out.println(run(reads, baud).line());
    }
}
