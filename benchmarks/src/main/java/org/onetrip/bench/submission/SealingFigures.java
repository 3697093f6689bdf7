package org.onetrip.bench.submission;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.onetrip.bench.Benchmark;
import org.onetrip.bench.Figure;
import org.onetrip.kiosk.sealing.SealedBody;
import org.onetrip.kiosk.sealing.Sealer;
import org.onetrip.kiosk.sealing.SealingKey;

/**
 * `./onetrip bench --only sealing`: what sealing a filing to the approval system's key costs the kiosk
 * (HPKE, X25519 and AES-256-GCM through Tink), for a 1 MB and a 20 MB filing, median of repeated seals.
 */
public final class SealingFigures implements Benchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 21;

    @Override
    public String name() {
        return "sealing";
    }

    @Override
    public String description() {
        return "Sealing one filing's bytes to the approval system's public key (HPKE base mode, DHKEM(X25519,"
                + " HKDF-SHA256), HKDF-SHA256, AES-256-GCM, Tink): median of " + RUNS + " seals after " + WARM_UP
                + " warm-up, for 1 MB and 20 MB of random (incompressible) bytes.";
    }

    @Override
    public List<Figure> run() {
        byte[] x = new byte[32];
        new SplittableRandom(1).nextBytes(x);
        // any 32 bytes are an X25519 public key
        Sealer sealer = new Sealer(new SealingKey(SealingKey.thumbprint(x), x));
        List<Figure> figures = new ArrayList<>();
        for (int megabytes : new int[] {1, 20}) {
            byte[] filing = new byte[megabytes * 1024 * 1024];
            new SplittableRandom(megabytes).nextBytes(filing);
            List<Long> nanos = new ArrayList<>();
            long sink = 0;
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                long start = System.nanoTime();
                SealedBody sealed = sealer.seal(filing, SealedBody.fileContext("bench-" + i, "material.pdf"));
                long took = System.nanoTime() - start;
                sink += sealed.bytes().length;
                if (i >= WARM_UP) {
                    nanos.add(took);
                }
            }
            Collections.sort(nanos);
            double medianMs = nanos.get(nanos.size() / 2) / 1e6;
            figures.add(new Figure("seal a " + megabytes + " MB filing", medianMs, "ms",
                    "median of " + RUNS + "; min " + String.format("%.1f", nanos.get(0) / 1e6) + " ms, max "
                            + String.format("%.1f", nanos.get(nanos.size() - 1) / 1e6) + " ms; "
                            + String.format("%.0f", megabytes / (medianMs / 1000)) + " MB/s; "
                            + (sink / (WARM_UP + RUNS) - filing.length) + " bytes added per seal"));
        }
        return figures;
    }
}
