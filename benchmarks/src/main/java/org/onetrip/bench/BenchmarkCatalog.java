package org.onetrip.bench;

import java.nio.file.Path;
import java.util.List;
import org.onetrip.bench.certificate.CertificateRenderFigures;
import org.onetrip.bench.idcard.IdCardReadFigures;
import org.onetrip.bench.input.ChineseInputFigures;
import org.onetrip.bench.maintenance.PinGuessFigures;
import org.onetrip.bench.journal.JournalFigures;
import org.onetrip.bench.receipt.ReceiptFigures;
import org.onetrip.bench.scanner.ScannerFigures;
import org.onetrip.bench.screens.JourneyScreenFigures;
import org.onetrip.bench.screens.SoakFigures;
import org.onetrip.bench.screens.StartupFigures;
import org.onetrip.bench.screens.StartupWithClassDataFigures;
import org.onetrip.bench.submission.OutboxDrainFigures;
import org.onetrip.bench.submission.SealingFigures;
import org.onetrip.bench.submission.SubmitToReceiptFigures;

/** Every benchmark `./onetrip bench` runs, in order. */
final class BenchmarkCatalog {

    private BenchmarkCatalog() {
    }

    static List<Benchmark> all(Path root) {
        return all(root, SoakFigures.DEFAULT_SESSIONS);
    }

    /** @param soakSessions how many citizen sessions the soak runs, at least 2,000 unless asked for fewer */
    static List<Benchmark> all(Path root, int soakSessions) {
        return List.of(
                new ConfigurationLoadBenchmark(root.resolve("conf")),
                new IdCardReadFigures(),
                new PinGuessFigures(),
                new ReceiptFigures(),
                new SubmitToReceiptFigures(),
                new OutboxDrainFigures(),
                new SealingFigures(),
                new JournalFigures(),
                new org.onetrip.bench.fleet.FleetFigures(),
                new CertificateRenderFigures(),
                new ScannerFigures(),
                new org.onetrip.bench.payment.PaymentCodeFigures(),
                new ChineseInputFigures(),
                new JourneyScreenFigures(root.resolve("conf")),
                new StartupFigures(root.resolve("conf")),
                new StartupWithClassDataFigures(root.resolve("conf")),
                new SoakFigures(root.resolve("conf"), soakSessions));
    }
}
