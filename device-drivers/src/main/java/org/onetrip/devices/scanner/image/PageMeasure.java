package org.onetrip.devices.scanner.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.WritableRaster;
import java.util.Arrays;

/**
 * Luminance figures of a page, taken on a grey copy of about one sample per square millimetre (each
 * sample the mean of its block of pixels), leaving out a margin where scanner lids and feeders cast
 * shadows.
 *
 * @param paperLuminance the page's background: the 95th percentile of sample luminance, 0 (black) to 255
 * @param meanLuminance  the mean of all samples, 0 to 255
 * @param inkCoverage    the share of samples clearly darker than the paper (text, lines, stamps), 0 to 1
 * @param samples        how many samples were taken
 */
public record PageMeasure(double paperLuminance, double meanLuminance, double inkCoverage, int samples) {

    /**
     * How much darker than the paper a sample must be to count as ink. A stroke of 10-point text fills a
     * third of a 1 mm sample and darkens it by 70 or more; show-through from the back of thin paper and
     * scanner noise stay under 30.
     */
    public static final int INK_CONTRAST = 48;
    /** Left out on every side: lid shadows and feeder edges are dark strips a few millimetres wide. */
    public static final double MARGIN_MM = 5.0;

    /** Measures an image whose resolution is {@code dpi}. */
    public static PageMeasure of(BufferedImage image, int dpi) {
        int block = Math.max(1, (int) Math.round(dpi / 25.4));
        int margin = (int) Math.round(MARGIN_MM * dpi / 25.4);
        int x0 = margin;
        int y0 = margin;
        int x1 = image.getWidth() - margin;
        int y1 = image.getHeight() - margin;
        if (x1 - x0 < block || y1 - y0 < block) {
            // too small to leave a margin: measure all of it
            x0 = 0;
            y0 = 0;
            x1 = image.getWidth();
            y1 = image.getHeight();
        }
        int columns = Math.max(1, (x1 - x0) / block);
        int rows = Math.max(1, (y1 - y0) / block);
        long[] sums = new long[columns];
        int[] counts = new int[columns];
        double[] samples = new double[columns * rows];
        Luma luma = Luma.of(image);
        int[] line = new int[x1 - x0];
        for (int row = 0; row < rows; row++) {
            Arrays.fill(sums, 0);
            Arrays.fill(counts, 0);
            int top = y0 + row * block;
            int bottom = Math.min(y1, top + block);
            for (int y = top; y < bottom; y++) {
                luma.row(x0, y, line);
                for (int x = 0; x < line.length; x++) {
                    int c = x / block;
                    if (c >= columns) {
                        break;
                    }
                    sums[c] += line[x];
                    counts[c]++;
                }
            }
            for (int c = 0; c < columns; c++) {
                samples[row * columns + c] = counts[c] == 0 ? 255 : (double) sums[c] / counts[c];
            }
        }
        double total = 0;
        for (double s : samples) {
            total += s;
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        double paper = sorted[(int) Math.floor(0.95 * (sorted.length - 1))];
        int ink = 0;
        for (double s : samples) {
            if (s < paper - INK_CONTRAST) {
                ink++;
            }
        }
        return new PageMeasure(paper, total / samples.length, (double) ink / samples.length, samples.length);
    }

    /** Reads rows of luminance (ITU-R BT.601 luma, 0 to 255), straight from the bytes when the layout allows. */
    private static final class Luma {
        private final BufferedImage image;
        private final byte[] bytes;
        private final int stride;
        private final int[] rgb;

        private Luma(BufferedImage image, byte[] bytes, int stride) {
            this.image = image;
            this.bytes = bytes;
            this.stride = stride;
            this.rgb = new int[image.getWidth()];
        }

        static Luma of(BufferedImage image) {
            WritableRaster raster = image.getRaster();
            boolean packed = raster.getParent() == null && raster.getSampleModelTranslateX() == 0
                    && raster.getSampleModelTranslateY() == 0 && raster.getDataBuffer() instanceof DataBufferByte buffer
                    && buffer.getOffset() == 0
                    && raster.getSampleModel() instanceof PixelInterleavedSampleModel model
                    && model.getScanlineStride() == image.getWidth() * model.getPixelStride()
                    && (image.getType() == BufferedImage.TYPE_3BYTE_BGR || image.getType() == BufferedImage.TYPE_BYTE_GRAY);
            byte[] data = packed ? ((DataBufferByte) raster.getDataBuffer()).getData() : null;
            return new Luma(image, data, packed ? ((PixelInterleavedSampleModel) raster.getSampleModel()).getScanlineStride() : 0);
        }

        void row(int x0, int y, int[] out) {
            int type = image.getType();
            if (bytes != null && type == BufferedImage.TYPE_BYTE_GRAY) {
                // a grey image's bytes are the stored luminance; getRGB would first take them for linear light
                int at = y * stride + x0;
                for (int i = 0; i < out.length; i++) {
                    out[i] = bytes[at + i] & 0xff;
                }
            } else if (bytes != null) {
                int at = y * stride + x0 * 3;
                for (int i = 0; i < out.length; i++, at += 3) {
                    out[i] = (29 * (bytes[at] & 0xff) + 150 * (bytes[at + 1] & 0xff) + 77 * (bytes[at + 2] & 0xff)) >> 8;
                }
            } else if (image.getRaster().getNumBands() == 1) {
                image.getRaster().getSamples(x0, y, out.length, 1, 0, out);
            } else {
                image.getRGB(x0, y, out.length, 1, rgb, 0, out.length);
                for (int i = 0; i < out.length; i++) {
                    int value = rgb[i];
                    out[i] = (77 * ((value >> 16) & 0xff) + 150 * ((value >> 8) & 0xff) + 29 * (value & 0xff)) >> 8;
                }
            }
        }
    }
}
