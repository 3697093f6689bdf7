package org.onetrip.devices.scanner.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Writes baseline JPEG with its resolution in the JFIF header. The JDK's writer is used because Commons
 * Imaging cannot write JPEG; baseline keeps the files readable by every checker, Commons Imaging included.
 */
public final class JpegEncoder {
    private final float quality;

    /** @param quality 0.1 (smallest) to 1.0 (best) */
    public JpegEncoder(float quality) {
        if (quality < 0.1f || quality > 1.0f) {
            throw new IllegalArgumentException("JPEG quality must be 0.1 to 1.0, was " + quality);
        }
        this.quality = quality;
    }

    /**
     * Writes {@code image} (grey or RGB without alpha) at {@code dpi} to {@code out}; {@code out} is not closed.
     */
    public void write(BufferedImage image, int dpi, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            Element tree = (Element) metadata.getAsTree("javax_imageio_jpeg_image_1.0");
            NodeList jfif = tree.getElementsByTagName("app0JFIF");
            if (jfif.getLength() > 0) {
                Element app0 = (Element) jfif.item(0);
                app0.setAttribute("resUnits", "1");
                app0.setAttribute("Xdensity", Integer.toString(dpi));
                app0.setAttribute("Ydensity", Integer.toString(dpi));
                metadata.setFromTree("javax_imageio_jpeg_image_1.0", tree);
            }
            writer.write(null, new IIOImage(image, null, metadata), param);
            stream.flush();
        } finally {
            writer.dispose();
        }
    }
}
