package org.onetrip.bench.certificate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.onetrip.config.catalog.HolderMasking;
import org.onetrip.kiosk.certificate.CertificateData;
import org.onetrip.kiosk.certificate.CertificateField;
import org.onetrip.kiosk.certificate.CertificateFonts;
import org.onetrip.kiosk.certificate.CertificateHolder;
import org.onetrip.kiosk.certificate.CertificatePreview;
import org.onetrip.kiosk.certificate.CertificateRenderer;
import org.onetrip.kiosk.certificate.CertificateTable;
import org.onetrip.kiosk.certificate.RenderOutcome;
import org.onetrip.kiosk.certificate.RenderedCertificate;

/**
 * Time to render certificates to PDF with the Debian fonts, in this JVM: opening the fonts,
 * the first render of a one-page certificate (cold: classes, JIT and font tables are loaded
 * on the way), warm one-page renders, a ten-page contribution history, and the page-1 preview.
 * Run it in a fresh JVM, or the cold figure is not cold.
 *
 * <pre>java ... org.onetrip.bench.certificate.CertificateRenderBenchmark [warm renders]</pre>
 */
public final class CertificateRenderBenchmark {

    private static final int WARM_UP = 10;
    private static final int TARGET_PAGES = 10;
    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 21);
    private static final CertificateHolder HOLDER = new CertificateHolder("张伟", "110101198503121239");

    /**
     * @param openFonts       building the renderer: parsing the font files
     * @param coldOnePage     the first one-page render in the JVM
     * @param warmOnePage     median of the warm one-page renders
     * @param warmOnePageP95  95th percentile of the same
     * @param warmRenders     how many warm renders were measured
     * @param tenPages        median of 5 warm renders of a ten-page history
     * @param tenPageRows     table rows that fill ten pages
     * @param preview         median of 5 page-1 previews at 96 dpi, after 5 warm-up previews
     * @param onePageBytes    size of the one-page PDF
     * @param tenPageBytes    size of the ten-page PDF
     */
    public record Result(Duration openFonts, Duration coldOnePage, Duration warmOnePage, Duration warmOnePageP95,
                         int warmRenders, Duration tenPages, int tenPageRows, Duration preview, int onePageBytes,
                         int tenPageBytes) {

        public String line() {
            return String.format(Locale.ROOT,
                    "certificate render: fonts %.0f ms, cold 1 page %.0f ms, warm 1 page median %.1f ms (p95 %.1f, n=%d),"
                            + " 10 pages (%d rows) %.0f ms, preview 96 dpi %.0f ms, PDF 1 page %d bytes, 10 pages %d bytes",
                    ms(openFonts), ms(coldOnePage), ms(warmOnePage), ms(warmOnePageP95), warmRenders, tenPageRows,
                    ms(tenPages), ms(preview), onePageBytes, tenPageBytes);
        }
    }

    private CertificateRenderBenchmark() {
    }

    public static void main(String[] args) {
        int warm = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        System.out.println(run(CertificateFonts.DEBIAN, warm).line());
    }

    public static Result run(CertificateFonts fonts, int warmRenders) {
        if (warmRenders < 1) {
            throw new IllegalArgumentException("warm renders must be at least 1, was " + warmRenders);
        }
        long start = System.nanoTime();
        try (CertificateRenderer renderer = new CertificateRenderer(fonts, Clock.systemUTC())) {
            Duration open = since(start);
            CertificateData onePage = household();

            start = System.nanoTime();
            RenderedCertificate first = render(renderer, onePage);
            Duration cold = since(start);

            for (int i = 0; i < WARM_UP; i++) {
                render(renderer, onePage);
            }
            List<Duration> warm = new ArrayList<>();
            for (int i = 0; i < warmRenders; i++) {
                start = System.nanoTime();
                render(renderer, onePage);
                warm.add(since(start));
            }
            Collections.sort(warm);

            int rows = rowsForPages(renderer, TARGET_PAGES);
            CertificateData history = history(rows);
            RenderedCertificate tenPages = render(renderer, history);
            List<Duration> long10 = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                start = System.nanoTime();
                render(renderer, history);
                long10.add(since(start));
            }
            Collections.sort(long10);

            CertificatePreview preview = new CertificatePreview(96);
            for (int i = 0; i < 5; i++) {
                preview.firstPage(first.pdf());
            }
            List<Duration> previews = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                start = System.nanoTime();
                preview.firstPage(first.pdf());
                previews.add(since(start));
            }
            Collections.sort(previews);

            return new Result(open, cold, warm.get(warm.size() / 2),
                    warm.get(Math.min(warm.size() - 1, (int) Math.ceil(warm.size() * 0.95) - 1)), warmRenders,
                    long10.get(2), rows, previews.get(2), first.pdf().length, tenPages.pdf().length);
        }
    }

    /** The fewest monthly rows that make a history of {@code pages} pages. */
    private static int rowsForPages(CertificateRenderer renderer, int pages) {
        int rows = 200;
        while (render(renderer, history(rows)).pages() < pages) {
            rows += 10;
        }
        return rows;
    }

    private static RenderedCertificate render(CertificateRenderer renderer, CertificateData data) {
        RenderOutcome outcome = renderer.render(data, HolderMasking.MASK_ID);
        if (outcome instanceof RenderOutcome.Rendered rendered) {
            return rendered.certificate();
        }
        throw new IllegalStateException("benchmark certificate did not render: " + outcome);
    }

    private static CertificateData household() {
        return new CertificateData("ZM-HJ", "户籍证明", Optional.of("Household registration proof"), "7K2M-Q9XD-40TB",
                HOLDER,
                List.of(new CertificateField("性别", "男"), new CertificateField("民族", "汉"),
                        new CertificateField("出生日期", "1985年3月12日"), new CertificateField("与户主关系", "户主"),
                        new CertificateField("户籍地址", "北京市东城区景山前街4号"),
                        new CertificateField("户籍登记机关", "北京市公安局东城分局")),
                Optional.empty(), List.of("兹证明上述人员户籍信息属实。"), "北京市公安局东城分局", ISSUED,
                Optional.of(ISSUED.plusMonths(1)), URI.create("https://zwfw.example.gov.cn/verify?code=7K2M-Q9XD-40TB"));
    }

    private static CertificateData history(int months) {
        List<List<String>> rows = new ArrayList<>();
        YearMonth first = YearMonth.from(ISSUED).minusMonths(months);
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            BigDecimal base = BigDecimal.valueOf(4000 + 25L * i).setScale(2, RoundingMode.HALF_UP);
            rows.add(List.of(month.toString(), "北京东城数据服务有限公司", base.toPlainString(), share(base, 8),
                    share(base, 16), share(base, 2), "已缴"));
        }
        CertificateTable table = new CertificateTable(List.of("缴费年月", "参保单位", "缴费基数（元）", "养老个人（元）",
                "养老单位（元）", "医疗个人（元）", "缴费状态"), rows);
        return new CertificateData("ZM-SBCB", "社会保险个人参保缴费证明", Optional.empty(), "9J4P-S2ZF-62WD", HOLDER,
                List.of(new CertificateField("参保状态", "正常参保")), Optional.of(table), List.of(),
                "北京市东城区社会保险事业管理中心", ISSUED, Optional.of(ISSUED.plusMonths(3)),
                URI.create("https://zwfw.example.gov.cn/verify?code=9J4P-S2ZF-62WD"));
    }

    private static String share(BigDecimal base, int percent) {
        return base.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    static double ms(Duration d) {
        return d.toNanos() / 1e6;
    }
}
