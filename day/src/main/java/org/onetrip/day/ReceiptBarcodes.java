package org.onetrip.day;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The tracking numbers on the receipts the simulated printer put out: each saved receipt picture's
 * barcode, read back as a scanner at the counter would.
 */
final class ReceiptBarcodes {

    /**
     * A receipt picture and what its barcode says.
     *
     * @param trackingNumber empty when no barcode could be read from it
     */
    record Receipt(Path picture, Optional<String> trackingNumber) {
    }

    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128),
            DecodeHintType.TRY_HARDER, Boolean.TRUE);

    private ReceiptBarcodes() {
    }

    /**
     * Reads every receipt the printer cut, {@code *.png} in {@code receipts} in name order; a receipt
     * torn off when the paper ran out ({@code *-torn.png}) was never printed and is left out. None
     * when the folder is missing.
     */
    static List<Receipt> read(Path receipts) throws IOException {
        if (!Files.isDirectory(receipts)) {
            return List.of();
        }
        List<Path> pictures;
        try (Stream<Path> files = Files.list(receipts)) {
            pictures = files.map(Path::getFileName).map(Path::toString)
                    .filter(name -> name.endsWith(".png") && !name.endsWith("-torn.png"))
                    .sorted().map(receipts::resolve).toList();
        }
        List<Receipt> out = new ArrayList<>();
        for (Path picture : pictures) {
            out.add(new Receipt(picture, barcode(picture)));
        }
        return out;
    }

    static Optional<String> barcode(Path picture) throws IOException {
        BufferedImage image = ImageIO.read(picture.toFile());
        if (image == null) {
            return Optional.empty();
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        try {
            return Optional.of(new MultiFormatReader().decode(bitmap, HINTS).getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
