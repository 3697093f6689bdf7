package org.onetrip.bench.certificate;

import java.util.List;
import org.onetrip.bench.Benchmark;
import org.onetrip.bench.Figure;
import org.onetrip.kiosk.certificate.CertificateFonts;

/** `./onetrip bench --only certificate-render`: certificate PDFs with the CJK subset fonts. */
public final class CertificateRenderFigures implements Benchmark {

    private static final int WARM_RENDERS = 20;

    @Override
    public String name() {
        return "certificate-render";
    }

    @Override
    public String description() {
        return "Certificate data to PDF bytes with WenQuanYi Zen Hei and HanaMin subset-embedded: the first one-page "
                + "render in the JVM, the median of " + WARM_RENDERS + " warm one-page renders after 10 warm-up "
                + "renders, a ten-page contribution history, the page-1 preview at 96 dpi, and the PDF sizes.";
    }

    @Override
    public List<Figure> run() {
        CertificateRenderBenchmark.Result r = CertificateRenderBenchmark.run(CertificateFonts.DEBIAN, WARM_RENDERS);
        String warm = r.warmRenders() + " renders after 10 warm-up";
        return List.of(
                new Figure("opening the fonts", CertificateRenderBenchmark.ms(r.openFonts()), "ms",
                        "parse wqy-zenhei.ttc, HanaMinA.ttf, HanaMinB.ttf"),
                new Figure("one page, cold", CertificateRenderBenchmark.ms(r.coldOnePage()), "ms",
                        "first render in the JVM; meaningful only in a fresh JVM"),
                new Figure("one page, warm, median", CertificateRenderBenchmark.ms(r.warmOnePage()), "ms",
                        warm + "; goal well under 100 ms"),
                new Figure("one page, warm, p95", CertificateRenderBenchmark.ms(r.warmOnePageP95()), "ms", warm),
                new Figure("ten-page history, warm, median", CertificateRenderBenchmark.ms(r.tenPages()), "ms",
                        r.tenPageRows() + " table rows, 5 renders"),
                new Figure("page-1 preview at 96 dpi, median", CertificateRenderBenchmark.ms(r.preview()), "ms",
                        "5 renders of the one-page PDF to an RGB image"),
                new Figure("PDF size, one page", r.onePageBytes(), "bytes", "font subset, vector QR, seal, guilloche"),
                new Figure("PDF size, ten pages", r.tenPageBytes(), "bytes", r.tenPageRows() + " table rows"));
    }
}
