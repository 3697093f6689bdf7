package org.onetrip.kiosk.certificate;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The last check before a page goes to the printer: is the document about the person whose
 * card is in the reader? Pure functions of the document and the card's holder.
 *
 * <p>Rule for text (a backend PDF, or any extracted text):
 * <ul>
 * <li>Every token shaped like a resident ID number is collected: 17 digits and a digit or X,
 *     or its masked form, 6 digits, 8 asterisks, 3 digits and a digit or X.</li>
 * <li>{@link HolderMatch#MATCH} if a full token equals the card's number (X in either case), or
 *     if a masked token keeps the card number's first 6 and last 4 characters <em>and</em> the
 *     card holder's name appears, in full or masked as its first character and asterisks. A
 *     masked number alone is shared by thousands of people, so the name has to confirm it.</li>
 * <li>{@link HolderMatch#MISMATCH} if there are tokens but none is the card's.</li>
 * <li>{@link HolderMatch#NOT_FOUND} if there is no token, or a masked token fits but the
 *     name is not there.</li>
 * </ul>
 */
public final class HolderCheck {

    private static final Pattern ID_TOKEN = Pattern.compile(
            "(?<![0-9A-Za-z*])([0-9]{6})([0-9]{8}|\\*{8})([0-9]{3}[0-9Xx])(?![0-9A-Za-z*])");

    private HolderCheck() {
    }

    /** A certificate as data carries the holder's full number: a plain comparison. */
    public static HolderMatch ofData(CertificateData data, CertificateHolder card) {
        return data.holder().idNumber().equalsIgnoreCase(card.idNumber()) ? HolderMatch.MATCH : HolderMatch.MISMATCH;
    }

    /**
     * Extracts the PDF's text and applies {@link #ofText}.
     *
     * @throws CertificateDocumentException if the PDF cannot be read (run {@link BackendPdfCheck} first)
     */
    public static HolderMatch ofPdf(byte[] pdf, CertificateHolder card) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return ofText(new PDFTextStripper().getText(document), card);
        } catch (IOException e) {
            throw new CertificateDocumentException("cannot read the text of a " + pdf.length + "-byte PDF", e);
        }
    }

    /** Applies the rule in the class comment to a document's text. */
    public static HolderMatch ofText(String text, CertificateHolder card) {
        String head = card.idNumber().substring(0, 6);
        String tail = card.idNumber().substring(card.idNumber().length() - 4);
        boolean anyToken = false;
        boolean maskedFits = false;
        Matcher m = ID_TOKEN.matcher(text);
        while (m.find()) {
            anyToken = true;
            String token = m.group();
            if (token.equalsIgnoreCase(card.idNumber())) {
                return HolderMatch.MATCH;
            }
            if (m.group(2).charAt(0) == MaskedHolder.MASK && m.group(1).equals(head)
                    && m.group(3).equalsIgnoreCase(tail)) {
                maskedFits = true;
            }
        }
        if (maskedFits) {
            boolean named = text.contains(card.name()) || text.contains(MaskedHolder.maskName(card.name()));
            return named ? HolderMatch.MATCH : HolderMatch.NOT_FOUND;
        }
        return anyToken ? HolderMatch.MISMATCH : HolderMatch.NOT_FOUND;
    }
}
