package org.onetrip.devices.scanner.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.commons.imaging.PixelDensity;
import org.apache.commons.imaging.formats.png.PngImageParser;
import org.apache.commons.imaging.formats.png.PngImagingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.devices.scanner.ScanColorMode;
import org.onetrip.devices.scanner.ScanRequest;
import org.onetrip.devices.scanner.ScanSource;
import org.onetrip.devices.scanner.sim.PageRenderer;
import org.onetrip.devices.scanner.sim.SimulatedPage;

/** Page checks on real files of each kind, written as scanners and cameras write them. */
class PageInspectorTest {
    private static final PageRenderer RENDERER = new PageRenderer();

    @TempDir
    static Path files;
    @TempDir
    Path out;
    private final PageInspector inspector = new PageInspector(new PageStandard(200, 0.75f));

    @BeforeAll
    static void noHeadlessSurprises() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void aColourA4JpegAt300DpiIsReadAndScaledToTheStandard() throws IOException {
        Path scan = write("colour-300.jpg", RENDERER.render(SimulatedPage.DOCUMENT, jpeg(300, ScanColorMode.COLOR)));

        InspectedPage page = inspected(scan);

        assertThat(page.original()).isEqualTo(new ImageFacts("JPEG", 2480, 3508, 300, false, false));
        assertThat(page.dpi()).isEqualTo(200);
        assertThat(page.widthPx()).isEqualTo(1653);
        assertThat(page.heightPx()).isEqualTo(2339);
        assertThat(page.grey()).isFalse();
        assertThat(page.concerns()).isEmpty();
        ImageFacts written = inspector.facts(page.file());
        assertThat(written.dpi()).isEqualTo(200);
        assertThat(written.widthPx()).isEqualTo(1653);
        assertThat(page.widthPt()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
        assertThat(page.thumbnail().width()).isEqualTo(PageInspector.THUMBNAIL_WIDTH);
        assertThat(ImageIO.read(new ByteArrayInputStream(page.thumbnail().png())).getHeight()).isEqualTo(page.thumbnail().height());
        assertThat(Files.size(page.file())).isLessThan(Files.size(scan));
    }

    @Test
    void aGreyPageCoarserThanTheStandardKeepsItsResolutionAndStaysGrey() throws IOException {
        Path scan = write("grey-150.jpg", RENDERER.render(SimulatedPage.DOCUMENT, jpeg(150, ScanColorMode.GRAYSCALE)));

        InspectedPage page = inspected(scan);

        assertThat(page.original().dpi()).isEqualTo(150);
        assertThat(page.dpi()).isEqualTo(150);
        assertThat(page.widthPx()).isEqualTo(1240);
        assertThat(page.grey()).isTrue();
        assertThat(ImageIO.read(page.file().toFile()).getColorModel().getNumColorComponents()).isEqualTo(1);
        assertThat(page.concerns()).isEmpty();
    }

    @Test
    void aPngWithItsResolutionInPhysIsRead() throws IOException {
        Path scan = write("colour-150.png", RENDERER.render(SimulatedPage.SKEWED,
                new ScanRequest(ScanSource.PLATEN, 150, ScanColorMode.COLOR, ScanRequest.PNG)));

        InspectedPage page = inspected(scan);

        assertThat(page.original().format()).isEqualTo("PNG");
        assertThat(page.original().dpi()).isEqualTo(150);
        assertThat(page.original().dpiAssumed()).isFalse();
        assertThat(page.concerns()).isEmpty();
    }

    @Test
    void aProgressiveJpegIsDecodedThoughCommonsImagingCannot() throws IOException {
        BufferedImage image = RENDERER.image(SimulatedPage.DOCUMENT, 150, ScanColorMode.COLOR);
        Path scan = files.resolve("progressive.jpg");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (OutputStream os = Files.newOutputStream(scan); ImageOutputStream ios = ImageIO.createImageOutputStream(os)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }

        InspectedPage page = inspected(scan);

        assertThat(page.original().progressive()).isTrue();
        assertThat(page.concerns()).isEmpty();
    }

    @Test
    void aTiffAndABmpWithoutResolutionAreTakenForA4() throws IOException {
        BufferedImage image = RENDERER.image(SimulatedPage.DOCUMENT, 150, ScanColorMode.GRAYSCALE);
        Path tiff = files.resolve("camera.tif");
        ImageIO.write(image, "tiff", tiff.toFile());
        Path bmp = files.resolve("camera.bmp");
        ImageIO.write(image, "bmp", bmp.toFile());

        InspectedPage fromTiff = inspected(tiff);
        InspectedPage fromBmp = inspected(bmp);

        assertThat(fromTiff.original().format()).isEqualTo("TIFF");
        assertThat(fromBmp.original().format()).isEqualTo("BMP");
        for (InspectedPage page : new InspectedPage[] {fromTiff, fromBmp}) {
            assertThat(page.original().dpiAssumed()).isTrue();
            assertThat(page.original().dpi()).isEqualTo(150);
            assertThat(page.concerns()).isEmpty();
        }
    }

    @Test
    void aBlankPageIsNoticed() throws IOException {
        Path scan = write("blank.jpg", RENDERER.render(SimulatedPage.BLANK, jpeg(300, ScanColorMode.COLOR)));

        InspectedPage page = inspected(scan);

        assertThat(page.concerns()).containsExactly(PageConcern.BLANK);
        assertThat(page.blank()).isTrue();
        assertThat(PageConcern.BLANK.advice()).contains("翻面");
    }

    @Test
    void aPageWithOneShortLineIsNotBlank() throws IOException {
        BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1240, 1754);
        g.setColor(Color.BLACK);
        g.setFont(g.getFont().deriveFont(30f));
        g.drawString("Signed: 2026-04-17, see overleaf", 200, 900);
        g.dispose();
        Path scan = files.resolve("one-line.png");
        writePng(image, 150, scan);

        assertThat(inspected(scan).concerns()).isEmpty();
    }

    @Test
    void aTooDarkPageIsFlagged() throws IOException {
        Path scan = write("dark.jpg", RENDERER.render(SimulatedPage.DARK, jpeg(150, ScanColorMode.GRAYSCALE)));

        InspectedPage page = inspected(scan);

        assertThat(page.concerns()).containsExactly(PageConcern.TOO_DARK);
        assertThat(page.measure().paperLuminance()).isLessThan(PageInspector.MIN_PAPER_LUMINANCE);
    }

    @Test
    void aFarTooSmallImageIsFlagged() throws IOException {
        BufferedImage image = RENDERER.image(SimulatedPage.DOCUMENT, 150, ScanColorMode.COLOR);
        BufferedImage small = new BufferedImage(300, 424, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = small.createGraphics();
        g.drawImage(image, 0, 0, 300, 424, null);
        g.dispose();
        Path scan = files.resolve("small.png");
        writePng(small, 300, scan);

        InspectedPage page = inspected(scan);

        assertThat(page.concerns()).contains(PageConcern.TOO_SMALL);
    }

    @Test
    void aTruncatedJpegIsRefusedAndNothingIsWritten() throws IOException {
        Path scan = write("cut.jpg", RENDERER.render(SimulatedPage.CORRUPT, jpeg(150, ScanColorMode.COLOR)));

        PageVerdict verdict = inspector.inspect(scan, out.resolve("page.jpg"));

        assertThat(verdict).isInstanceOfSatisfying(PageVerdict.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(Unreadable.TRUNCATED));
        assertThat(out.toFile().list()).isEmpty();
        assertThat(scan).exists();
    }

    @Test
    void aTruncatedPngIsRefused() throws IOException {
        byte[] whole = RENDERER.render(SimulatedPage.DOCUMENT,
                new ScanRequest(ScanSource.PLATEN, 150, ScanColorMode.GRAYSCALE, ScanRequest.PNG));
        Path scan = write("cut.png", Arrays.copyOf(whole, whole.length / 2));

        PageVerdict verdict = inspector.inspect(scan, out.resolve("page.jpg"));

        assertThat(verdict).isInstanceOfSatisfying(PageVerdict.Refused.class,
                refused -> assertThat(refused.reason()).isIn(Unreadable.TRUNCATED, Unreadable.CORRUPT));
        assertThat(out.toFile().list()).isEmpty();
    }

    @Test
    void aJpegWithDamagedDataIsRefused() throws IOException {
        byte[] whole = RENDERER.render(SimulatedPage.DOCUMENT, jpeg(150, ScanColorMode.GRAYSCALE)).clone();
        // overwrite the middle of the entropy-coded data with marker bytes, keeping header and end marker
        Arrays.fill(whole, whole.length / 3, whole.length / 3 + 2000, (byte) 0xff);
        Path scan = write("damaged.jpg", whole);

        PageVerdict verdict = inspector.inspect(scan, out.resolve("page.jpg"));

        assertThat(verdict).isInstanceOfSatisfying(PageVerdict.Refused.class,
                refused -> assertThat(refused.reason()).isIn(Unreadable.CORRUPT, Unreadable.TRUNCATED));
    }

    @Test
    void aWebPFromACameraIsRefusedWithTheReasonNotTakenForGarbage() throws IOException {
        // a 300 x 424 lossy WebP of the simulated document, as some document cameras save
        Path scan;
        try (var in = getClass().getResourceAsStream("camera-page.webp")) {
            scan = write("camera-page.webp", in.readAllBytes());
        }

        PageVerdict verdict = inspector.inspect(scan, out.resolve("page.jpg"));

        assertThat(inspector.facts(scan).format()).isEqualTo("WEBP");
        assertThat(verdict).isInstanceOfSatisfying(PageVerdict.Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(Unreadable.UNSUPPORTED_FORMAT);
            assertThat(refused.detail()).contains("JPEG or PNG");
        });
        assertThat(out.toFile().list()).isEmpty();
    }

    @Test
    void somethingThatIsNoImageIsRefused() throws IOException {
        Path scan = write("notes.jpg", "these are not pixels".getBytes());

        PageVerdict verdict = inspector.inspect(scan, out.resolve("page.jpg"));

        assertThat(verdict).isInstanceOfSatisfying(PageVerdict.Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(Unreadable.NOT_AN_IMAGE);
            assertThat(refused.reason().advice()).isNotBlank();
        });
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path scan = write("empty.png", new byte[0]);

        assertThat(inspector.inspect(scan, out.resolve("page.jpg"))).isInstanceOf(PageVerdict.Refused.class);
    }

    private InspectedPage inspected(Path scan) {
        PageVerdict verdict = inspector.inspect(scan, out.resolve(scan.getFileName() + ".std.jpg"));
        assertThat(verdict).isInstanceOf(PageVerdict.Inspected.class);
        return ((PageVerdict.Inspected) verdict).page();
    }

    private static ScanRequest jpeg(int dpi, ScanColorMode mode) {
        return ScanRequest.jpeg(ScanSource.PLATEN, dpi, mode);
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        return Files.write(files.resolve(name), bytes);
    }

    private static void writePng(BufferedImage image, int dpi, Path file) throws IOException {
        PngImagingParameters params = new PngImagingParameters();
        params.setPixelDensity(PixelDensity.createFromPixelsPerInch(dpi, dpi));
        try (OutputStream os = Files.newOutputStream(file)) {
            new PngImageParser().writeImage(image, os, params);
        }
    }
}
