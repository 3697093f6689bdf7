package org.onetrip.kiosk.certificate;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.onetrip.devices.privacy.Masking;

/**
 * The last check before a page goes to the printer: is the document about the person whose
 * card is in the reader? Pure functions of the document and the card's holder.
 *
 * <p>Rule for text (a backend PDF, or any extracted text):
 * <ul>
 * <li>Every token shaped like a resident ID number is collected: 17 digits and a digit or X,
 *     or a masked form of it, 18 characters of which a run in the middle are asterisks and at
 *     least one digit shows (the kiosk's {@code 1101**********1239}, a backend's
 *     {@code 110101********1239}).</li>
 * <li>{@link HolderMatch#MATCH} if a full token equals the card's number (X in either case), or
 *     if a masked token's visible start and end are the card number's <em>and</em> the card
 *     holder's name appears, in full or masked as {@link Masking#name} masks it. A masked
 *     number alone is shared by thousands of people, so the name has to confirm it.</li>
 * <li>{@link HolderMatch#MISMATCH} if there are tokens but none is the card's.</li>
 * <li>{@link HolderMatch#NOT_FOUND} if there is no token, or a masked token fits but the
 *     name is not there.</li>
 * </ul>
 */
public final class HolderCheck {

    /** A full number, or digits, a run of asterisks, digits (the last may be X): 18 characters in all. */
    private static final Pattern ID_TOKEN = Pattern.compile(
            "(?<![0-9A-Za-z*])(?=[0-9*]{17}[0-9Xx*](?![0-9A-Za-z*]))([0-9]*)(\\**)([0-9]*[Xx]?)(?![0-9A-Za-z*])");

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
        String number = card.idNumber().toUpperCase(java.util.Locale.ROOT);
        boolean anyToken = false;
        boolean maskedFits = false;
        Matcher m = ID_TOKEN.matcher(text);
        while (m.find()) {
            String head = m.group(1);
            String tail = m.group(3).toUpperCase(java.util.Locale.ROOT);
            if (m.group(2).isEmpty()) {
                if (m.group().equalsIgnoreCase(card.idNumber())) {
                    return HolderMatch.MATCH;
                }
                anyToken = true;
            } else if (!head.isEmpty() || !tail.isEmpty()) {
                anyToken = true;
                maskedFits |= number.startsWith(head) && number.endsWith(tail);
            }
        }
        if (maskedFits) {
            String maskedName = Masking.name(card.name());
            boolean named = text.contains(card.name())
                    || (maskedName.codePointAt(0) != Masking.HIDDEN && text.contains(maskedName));
            return named ? HolderMatch.MATCH : HolderMatch.NOT_FOUND;
        }
        return anyToken ? HolderMatch.MISMATCH : HolderMatch.NOT_FOUND;
    }
}
