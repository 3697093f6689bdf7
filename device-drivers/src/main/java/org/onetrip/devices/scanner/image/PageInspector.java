package org.onetrip.devices.scanner.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.commons.imaging.ImageFormats;
import org.apache.commons.imaging.ImageInfo;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.ImagingException;

/**
 * Checks one scanned page and writes it in the {@link PageStandard standard form}.
 *
 * <p>Commons Imaging reads what the file says about itself (format, size, resolution) without decoding
 * it. The JDK decodes the pixels, because Commons Imaging cannot decode progressive JPEG, and because the
 * JDK's readers can subsample while decoding: a 600 dpi page becomes 300 dpi without ever being whole
 * in memory. Only one decoded page exists at a time per inspector call; callers run one page at a time.
 *
 * <p>Blocks the calling thread for the decode and encode (about a sixth of a second for an A4 page at
 * 300 dpi in colour); call it off the screen's thread.
 */
public final class PageInspector {
    /** A4 at 600 dpi is 35 million pixels; anything beyond this is not a document scan and would not fit the heap. */
    public static final long MAX_PIXELS = 60_000_000L;
    /**
     * A page image shorter than this on its short side cannot show a document legibly: an ID card
     * scanned at 300 dpi is 640 pixels high, an A4 page at 75 dpi 620 pixels wide.
     */
    public static final int MIN_SHORT_SIDE_PX = 600;
    /**
     * Below this share of ink samples a page is blank: about 60 square millimetres on an A4 page, less
     * than one short line of text, more than dust and punch-hole shadows.
     */
    public static final double BLANK_MAX_INK = 0.001;
    /** A paper background darker than this (0 to 255) is a page too dark to read; white paper scans at 230 or more. */
    public static final double MIN_PAPER_LUMINANCE = 110;
    /** Thumbnails for the screen are this wide. */
    public static final int THUMBNAIL_WIDTH = 160;
    private static final double A4_LONG_SIDE_INCHES = 297 / 25.4;

    private final PageStandard standard;
    private final JpegEncoder encoder;

    public PageInspector(PageStandard standard) {
        this.standard = standard;
        this.encoder = new JpegEncoder(standard.jpegQuality());
    }

    public PageStandard standard() {
        return standard;
    }

    /**
     * Reads only what {@code file} says about itself.
     *
     * @throws UnreadableImageException when it is no image, a damaged one, or one that cannot be opened
     */
    public ImageFacts facts(Path file) {
        ImageInfo info;
        try {
            info = Imaging.getImageInfo(file.toFile());
        } catch (ImagingException e) {
            throw new UnreadableImageException(Unreadable.NOT_AN_IMAGE, "not a known image: " + e.getMessage());
        } catch (java.io.EOFException e) {
            throw new UnreadableImageException(Unreadable.TRUNCATED, "the image ends early: " + e.getMessage());
        } catch (IOException e) {
            if (Files.isReadable(file)) {
                // the file opens, so the parser stumbled over its content
                throw new UnreadableImageException(Unreadable.CORRUPT, "damaged image: " + e);
            }
            throw new UnreadableImageException(Unreadable.STORAGE, "cannot read " + file.getFileName() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // the parsers throw unchecked exceptions on some damaged headers
            throw new UnreadableImageException(Unreadable.CORRUPT, "damaged header: " + e);
        }
        if (info.getWidth() < 1 || info.getHeight() < 1) {
            throw new UnreadableImageException(Unreadable.CORRUPT, "the image states no size");
        }
        String format = info.getFormat().getName().toUpperCase(Locale.ROOT);
        int dpi = info.getPhysicalWidthDpi();
        boolean assumed = dpi <= 0;
        if (assumed) {
            dpi = Math.max(1, (int) Math.round(Math.max(info.getWidth(), info.getHeight()) / A4_LONG_SIDE_INCHES));
        }
        return new ImageFacts(format, info.getWidth(), info.getHeight(), dpi, assumed, info.isProgressive());
    }

    /**
     * Checks {@code source} and, when it can be read, writes the standard JPEG to {@code target} (created
     * or replaced; it appears only once complete). {@code source} is left as it is.
     */
    public PageVerdict inspect(Path source, Path target) {
        ImageFacts facts;
        try {
            facts = facts(source);
        } catch (UnreadableImageException e) {
            return new PageVerdict.Refused(e.reason(), e.getMessage());
        }
        if (facts.format().equals(ImageFormats.WEBP.getName().toUpperCase(Locale.ROOT))) {
            return new PageVerdict.Refused(Unreadable.UNSUPPORTED_FORMAT, "WebP cannot be decoded; set the device to JPEG or PNG");
        }
        if ((long) facts.widthPx() * facts.heightPx() > MAX_PIXELS) {
            return new PageVerdict.Refused(Unreadable.TOO_LARGE, facts.widthPx() + "x" + facts.heightPx() + " pixels is more than "
                    + MAX_PIXELS);
        }
        BufferedImage decoded;
        int subsampling = Math.max(1, facts.dpi() / standard.dpi());
        try {
            decoded = decode(source, facts, subsampling);
        } catch (UnreadableImageException e) {
            return new PageVerdict.Refused(e.reason(), e.getMessage());
        }
        double decodedDpi = (double) facts.dpi() / subsampling;
        int dpi = (int) Math.round(Math.min(decodedDpi, standard.dpi()));
        double scale = dpi / decodedDpi;
        int width = Math.max(1, (int) Math.round(decoded.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(decoded.getHeight() * scale));
        boolean grey = decoded.getColorModel().getNumColorComponents() == 1;
        BufferedImage page = standardImage(decoded, width, height, grey);
        decoded = null;

        PageMeasure measure = PageMeasure.of(page, dpi);
        Set<PageConcern> concerns = EnumSet.noneOf(PageConcern.class);
        if (Math.min(facts.widthPx(), facts.heightPx()) < MIN_SHORT_SIDE_PX) {
            concerns.add(PageConcern.TOO_SMALL);
        }
        if (measure.paperLuminance() < MIN_PAPER_LUMINANCE) {
            concerns.add(PageConcern.TOO_DARK);
        } else if (measure.inkCoverage() < BLANK_MAX_INK) {
            concerns.add(PageConcern.BLANK);
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                encoder.write(page, dpi, out);
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Thumbnail thumbnail = thumbnail(page);
            return new PageVerdict.Inspected(new InspectedPage(target, facts, width, height, dpi, grey, measure, thumbnail,
                    concerns));
        } catch (IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the write already failed; the refusal below says so
            }
            return new PageVerdict.Refused(Unreadable.STORAGE, "cannot write the page: " + e.getMessage());
        }
    }

    private static BufferedImage decode(Path source, ImageFacts facts, int subsampling) {
        if (facts.format().equals("JPEG") && !endsWithEndOfImage(source)) {
            throw new UnreadableImageException(Unreadable.TRUNCATED, "the JPEG has no end-of-image marker");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(source.toFile())) {
            if (in == null) {
                throw new UnreadableImageException(Unreadable.STORAGE, "cannot open " + source.getFileName());
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnreadableImageException(Unreadable.UNSUPPORTED_FORMAT, facts.format() + " cannot be decoded here");
            }
            ImageReader reader = readers.next();
            List<String> warnings = new ArrayList<>();
            try {
                reader.setInput(in, true, true);
                reader.addIIOReadWarningListener((r, warning) -> warnings.add(warning));
                ImageReadParam param = reader.getDefaultReadParam();
                if (subsampling > 1) {
                    param.setSourceSubsampling(subsampling, subsampling, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                if (!warnings.isEmpty()) {
                    // the JDK's JPEG reader fills a cut-off image with grey and only warns
                    String warning = warnings.get(0);
                    boolean cut = warning.toLowerCase(Locale.ROOT).contains("premature end");
                    throw new UnreadableImageException(cut ? Unreadable.TRUNCATED : Unreadable.CORRUPT, "decoder: " + warning);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IIOException e) {
            String message = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : " " + e.getCause());
            boolean cut = message.contains("EOF") || message.toLowerCase(Locale.ROOT).contains("premature end");
            throw new UnreadableImageException(cut ? Unreadable.TRUNCATED : Unreadable.CORRUPT, "decoder: " + message);
        } catch (IOException e) {
            throw new UnreadableImageException(Unreadable.STORAGE, "cannot read " + source.getFileName() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            if (e instanceof UnreadableImageException u) {
                throw u;
            }
            // decoders throw unchecked exceptions on some damaged data
            throw new UnreadableImageException(Unreadable.CORRUPT, "decoder: " + e);
        }
    }

    /** A complete JPEG ends with FF D9, possibly followed by padding some devices add. */
    private static boolean endsWithEndOfImage(Path file) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int tail = (int) Math.min(length, 4096);
            byte[] bytes = new byte[tail];
            in.seek(length - tail);
            in.readFully(bytes);
            int end = tail - 1;
            while (end > 0 && bytes[end] == 0) {
                end--;
            }
            return end >= 1 && bytes[end - 1] == (byte) 0xff && bytes[end] == (byte) 0xd9;
        } catch (IOException e) {
            throw new UnreadableImageException(Unreadable.STORAGE, "cannot read " + file.getFileName() + ": " + e.getMessage());
        }
    }

    private static BufferedImage standardImage(BufferedImage decoded, int width, int height, boolean grey) {
        int type = grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR;
        if (decoded.getType() == type && decoded.getWidth() == width && decoded.getHeight() == height) {
            return decoded;
        }
        BufferedImage page = new BufferedImage(width, height, type);
        Graphics2D g = page.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            // transparent parts of a PNG become paper white
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(decoded, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return page;
    }

    private static Thumbnail thumbnail(BufferedImage page) throws IOException {
        BufferedImage current = page;
        // halve first: one bilinear step over a large ratio skips most pixels and loses thin text
        while (current.getWidth() >= THUMBNAIL_WIDTH * 2) {
            current = scaled(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2));
        }
        int height = Math.max(1, (int) Math.round((double) page.getHeight() * THUMBNAIL_WIDTH / page.getWidth()));
        BufferedImage small = scaled(current, THUMBNAIL_WIDTH, height);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(small, "png", png);
        return new Thumbnail(png.toByteArray(), small.getWidth(), small.getHeight());
    }

    private static BufferedImage scaled(BufferedImage source, int width, int height) {
        int type = source.getType() == BufferedImage.TYPE_BYTE_GRAY ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR;
        BufferedImage out = new BufferedImage(width, height, type);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
