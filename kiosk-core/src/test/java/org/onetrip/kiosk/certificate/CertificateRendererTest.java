package org.onetrip.kiosk.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.kiosk.certificate.SampleCertificates.ZHANG_WEI;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onetrip.config.catalog.HolderMasking;

class CertificateRendererTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Pattern MONTH = Pattern.compile("\\b(20[0-9]{2}-[01][0-9])\\b");
    private static CertificateRenderer renderer;

    @BeforeAll
    static void openFonts() {
        Clock clock = Clock.fixed(SampleCertificates.ISSUED.atTime(9, 30).atZone(BEIJING).toInstant(), BEIJING);
        renderer = new CertificateRenderer(CertificateFonts.DEBIAN, clock);
    }

    @AfterAll
    static void closeFonts() {
        renderer.close();
    }

    @Test
    void textOfTheCertificateCanBeExtracted() throws Exception {
        RenderedPdf pdf = RenderedPdf.of(renderer.render(SampleCertificates.household(ZHANG_WEI, "7K2M-Q9XD-40TB"),
                HolderMasking.NONE));

        String text = pdf.text();
        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(text).contains("户籍证明", "Household registration proof", "7K2M-Q9XD-40TB", "张伟",
                "110101198503121239", "北京市东城区景山前街4号", "北京市公安局东城分局", "2026年11月21日",
                "本证明有效期至2026年12月21日", "https://zwfw.example.gov.cn/verify?code=7K2M-Q9XD-40TB",
                "第 1 页 / 共 1 页");
        assertThat(text).contains(OfficialSeal.PURPOSE);
    }

    @Test
    void renderedCertificateReportsItsPagesAndCode() {
        RenderOutcome outcome = renderer.render(SampleCertificates.household(ZHANG_WEI, "7K2M-Q9XD-40TB"),
                HolderMasking.NONE);

        assertThat(outcome).isInstanceOfSatisfying(RenderOutcome.Rendered.class, r -> {
            assertThat(r.certificate().pages()).isEqualTo(1);
            assertThat(r.certificate().verificationCode()).isEqualTo("7K2M-Q9XD-40TB");
            assertThat(new String(r.certificate().pdf(), 0, 5)).isEqualTo("%PDF-");
        });
    }

    @Test
    void maskIdPrintsOnlyTheFirstFourAndLastFourCharacters() throws Exception {
        String text = RenderedPdf.of(renderer.render(SampleCertificates.socialInsurance(ZHANG_WEI, "9J4P-S2ZF-62WD", 6),
                HolderMasking.MASK_ID)).text();

        assertThat(text).contains("1101**********1239", "张伟").doesNotContain("110101198503121239");
    }

    @Test
    void maskNameAndIdAlsoMasksTheHolderInsideStatements() throws Exception {
        String text = RenderedPdf.of(renderer.render(SampleCertificates.noCriminalRecord(ZHANG_WEI, "8H3N-R1YE-51VC"),
                HolderMasking.MASK_NAME_AND_ID)).text();

        assertThat(text).contains("张*", "1101**********1239").doesNotContain("张伟").doesNotContain("110101198503121239");
        assertThat(text.replaceAll("\\s", "")).contains("未发现张*（公民身份号码1101**********1239）有犯罪记录");
    }

    @Test
    void fontsAreEmbeddedAsSubsets() throws Exception {
        List<RenderedPdf.FontEntry> fonts = RenderedPdf.of(renderer.render(
                SampleCertificates.household(ZHANG_WEI, "7K2M-Q9XD-40TB"), HolderMasking.NONE)).fonts();

        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.embedded()).as("%s embedded", font.baseFont()).isTrue();
            assertThat(font.baseFont()).matches("[A-Z]{6}\\+.+");
        });
        assertThat(fonts).extracting(RenderedPdf.FontEntry::baseFont).anyMatch(n -> n.endsWith("+WenQuanYiZenHei"));
    }

    @Test
    void aLongTableFlowsAcrossPagesUnderARepeatedHeader() throws Exception {
        RenderedPdf pdf = RenderedPdf.of(renderer.render(
                SampleCertificates.socialInsurance(ZHANG_WEI, "9J4P-S2ZF-62WD", 120), HolderMasking.MASK_ID));

        int pages = pdf.pages();
        assertThat(pages).isGreaterThan(2);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= pages; page++) {
            String text = pdf.pageText(page);
            assertThat(text).as("page %d", page).contains("第 " + page + " 页 / 共 " + pages + " 页",
                    "9J4P-S2ZF-62WD", "1101**********1239");
            if (page < pages || MONTH.matcher(text).find()) {
                assertThat(text).as("page %d", page).contains("缴费年月", "参保单位", "缴费基数（元）");
            }
            all.append(text);
        }
        // every month once, in order, none lost at a page break
        Matcher month = MONTH.matcher(all);
        List<String> months = month.results().map(m -> m.group(1)).toList();
        assertThat(months).hasSize(120).doesNotHaveDuplicates().isSorted();
        assertThat(months.get(0)).isEqualTo("2016-11");
        assertThat(months.get(119)).isEqualTo("2026-10");
        assertThat(pdf.pageText(pages)).contains("北京市东城区社会保险事业管理中心", "本证明列示最近120个月内的缴费记录");
    }

    @Test
    void theQrCodeOnThePageDecodesToTheVerificationUrl() throws Exception {
        RenderedPdf pdf = RenderedPdf.of(renderer.render(
                SampleCertificates.socialInsurance(ZHANG_WEI, "9J4P-S2ZF-62WD", 60), HolderMasking.MASK_ID));

        for (int page = 1; page <= pdf.pages(); page++) {
            assertThat(decodeQr(pdf.image(page, 150))).as("page %d", page)
                    .isEqualTo("https://zwfw.example.gov.cn/verify?code=9J4P-S2ZF-62WD");
        }
    }

    @Test
    void rareCharactersInAndOutsideTheBasicPlaneAreSetInAFallbackFontAndExtractable() throws Exception {
        // 䶮 U+4DAE (extension A), 𠮷 U+20BB7 and 𪚥 U+2A6A5 (extension B, outside the BMP)
        CertificateHolder rare = new CertificateHolder("刘䶮𠮷𪚥", "440103196609300155");
        RenderedPdf pdf = RenderedPdf.of(renderer.render(SampleCertificates.noCriminalRecord(rare, "8H3N-R1YE-51VC"),
                HolderMasking.NONE));

        assertThat(pdf.text()).contains("刘䶮𠮷𪚥", "未发现刘䶮𠮷𪚥（公民身份号码");
        assertThat(pdf.fonts()).extracting(RenderedPdf.FontEntry::baseFont)
                .anyMatch(n -> n.matches("[A-Z]{6}\\+HanaMinA"));
        assertThat(pdf.fonts()).allMatch(RenderedPdf.FontEntry::embedded);
    }

    @Test
    void charactersOfLaterExtensionsAreSetInTheSecondFallback() throws Exception {
        // U+2A700 (extension C) and U+2B740 (extension D) are in HanaMin B only
        String name = "王" + new String(Character.toChars(0x2A700)) + new String(Character.toChars(0x2B740));
        RenderedPdf pdf = RenderedPdf.of(renderer.render(SampleCertificates.household(
                new CertificateHolder(name, "440103196609300155"), "7K2M-Q9XD-40TB"), HolderMasking.NONE));

        assertThat(pdf.text()).contains(name);
        assertThat(pdf.fonts()).extracting(RenderedPdf.FontEntry::baseFont)
                .anyMatch(n -> n.matches("[A-Z]{6}\\+HanaMinB"));
    }

    @Test
    void assignedCharactersNoFontHasAreReported() {
        // U+9FEF (unified ideograph added in Unicode 11) and U+30000 (extension G) are in none of the fonts
        String name = "刘" + new String(Character.toChars(0x9FEF)) + new String(Character.toChars(0x30000));

        assertThat(renderer.render(SampleCertificates.household(new CertificateHolder(name, "440103196609300155"),
                "7K2M-Q9XD-40TB"), HolderMasking.NONE))
                .isEqualTo(new RenderOutcome.MissingGlyphs(List.of(0x9FEF, 0x30000)));
    }

    @Test
    void aSupplementaryCharacterFirstInTheNameSurvivesNameMasking() throws Exception {
        CertificateHolder rare = new CertificateHolder("𠮷野", "440103196609300155");
        String text = RenderedPdf.of(renderer.render(SampleCertificates.household(rare, "7K2M-Q9XD-40TB"),
                HolderMasking.MASK_NAME_AND_ID)).text();

        assertThat(text).contains("𠮷*", "4401**********0155").doesNotContain("𠮷野");
    }

    @Test
    void aCharacterNoFontHasIsReportedBeforeAnyPageIsMade() {
        // U+E000: private use; U+10FFFD: private use in plane 16; U+0378: unassigned
        CertificateHolder odd = new CertificateHolder("张\uE000", "110101198503121239");
        CertificateData data = SampleCertificates.household(odd, "7K2M-Q9XD-40TB");
        CertificateData withMore = new CertificateData(data.typeCode(), data.title(), data.titleEn(),
                data.verificationCode(), odd,
                List.of(new CertificateField("备注", "\u0378 " + new String(Character.toChars(0x10FFFD)))),
                Optional.empty(), List.of(), data.issuingAuthority(), data.issuedOn(), data.validUntil(),
                data.verificationUrl());

        RenderOutcome outcome = renderer.render(withMore, HolderMasking.NONE);

        assertThat(outcome).isInstanceOfSatisfying(RenderOutcome.MissingGlyphs.class, missing -> {
            assertThat(missing.codePoints()).containsExactly(0x0378, 0xE000, 0x10FFFD);
            assertThat(missing.unicodeNotation()).containsExactly("U+0378", "U+E000", "U+10FFFD");
        });
        assertThat(renderer.missingGlyphs(withMore, HolderMasking.NONE)).containsExactly(0x0378, 0xE000, 0x10FFFD);
    }

    @Test
    void aMaskedAwayCharacterIsNotReported() {
        // the masked name prints only the first character, so the private-use one never reaches the page
        CertificateHolder odd = new CertificateHolder("张\uE000", "110101198503121239");

        assertThat(renderer.render(SampleCertificates.household(odd, "7K2M-Q9XD-40TB"), HolderMasking.MASK_NAME_AND_ID))
                .isInstanceOf(RenderOutcome.Rendered.class);
    }

    @Test
    void lineBreaksAndTabsInTheDataPrintAsSpaces() throws Exception {
        CertificateData data = SampleCertificates.household(ZHANG_WEI, "7K2M-Q9XD-40TB");
        CertificateData withBreaks = new CertificateData(data.typeCode(), data.title(), data.titleEn(),
                data.verificationCode(), ZHANG_WEI, List.of(new CertificateField("户籍地址", "北京市东城区\n景山前街\t4号")),
                Optional.empty(), List.of(), data.issuingAuthority(), data.issuedOn(), data.validUntil(),
                data.verificationUrl());

        assertThat(RenderedPdf.of(renderer.render(withBreaks, HolderMasking.NONE)).text())
                .contains("北京市东城区 景山前街 4号");
    }

    @Test
    void aLongValueWrapsInsideItsCell() throws Exception {
        String longAddress = "广东省广州市荔湾区中山七路50号".repeat(6);
        CertificateData data = SampleCertificates.household(ZHANG_WEI, "7K2M-Q9XD-40TB");
        CertificateData longer = new CertificateData(data.typeCode(), data.title(), data.titleEn(),
                data.verificationCode(), ZHANG_WEI, List.of(new CertificateField("户籍地址", longAddress)),
                Optional.empty(), List.of(), data.issuingAuthority(), data.issuedOn(), data.validUntil(),
                data.verificationUrl());

        String text = RenderedPdf.of(renderer.render(longer, HolderMasking.NONE)).text();

        assertThat(text.replaceAll("\\s", "")).contains(longAddress);
        assertThat(text.lines().filter(l -> l.contains("中山七路")).count()).isGreaterThan(1);
    }

    @Test
    void renderedPagesAreWrittenForInspection() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "certificates"));
        write(dir, "household.pdf", renderer.render(SampleCertificates.household(ZHANG_WEI, "7K2M-Q9XD-40TB"),
                HolderMasking.NONE));
        write(dir, "no-criminal-record.pdf", renderer.render(SampleCertificates.noCriminalRecord(
                SampleCertificates.LIU_YAN, "8H3N-R1YE-51VC"), HolderMasking.NONE));
        write(dir, "social-insurance-120.pdf", renderer.render(SampleCertificates.socialInsurance(ZHANG_WEI,
                "9J4P-S2ZF-62WD", 120), HolderMasking.MASK_ID));
        write(dir, "rare-name.pdf", renderer.render(SampleCertificates.household(
                new CertificateHolder("刘䶮𠮷𪚥", "440103196609300155"), "7K2M-Q9XD-40TB"), HolderMasking.NONE));
        assertThat(dir.resolve("social-insurance-120.pdf")).exists();
    }

    private static void write(Path dir, String name, RenderOutcome outcome) throws Exception {
        assertThat(outcome).isInstanceOf(RenderOutcome.Rendered.class);
        Files.write(dir.resolve(name), ((RenderOutcome.Rendered) outcome).certificate().pdf());
    }

    static String decodeQr(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return result.getText();
    }
}
