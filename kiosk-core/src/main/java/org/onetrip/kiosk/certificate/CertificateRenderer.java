package org.onetrip.kiosk.certificate;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.onetrip.config.catalog.HolderMasking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders certificates the backend issued as data into A4 PDFs (see {@code docs/certificates.md}).
 * The fonts are parsed once, when the renderer is built, and stay open until {@link #close()}.
 * Rendering holds a lock: one certificate at a time, a few tens of milliseconds each once warm.
 */
public final class CertificateRenderer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateRenderer.class);

    private final Typefaces typefaces;
    private final Clock clock;

    /**
     * @param fonts main font first, then fallbacks for rare characters
     * @param clock stamps the PDF's creation date
     * @throws CertificateDocumentException if a font file cannot be read
     */
    public CertificateRenderer(CertificateFonts fonts, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.typefaces = new Typefaces(Objects.requireNonNull(fonts, "fonts"));
    }

    /**
     * Renders the certificate, or reports the characters no font has before any page is made.
     * Blocks for the render, typically 20 to 100 ms; longer for many pages.
     *
     * @param masking how much of the holder's identity the type prints
     * @throws CertificateDocumentException if PDFBox fails (not for bad data, which the records reject)
     */
    public synchronized RenderOutcome render(CertificateData data, HolderMasking masking) {
        PrintedCertificate printed = PrintedCertificate.of(data, masking);
        List<Integer> missing = typefaces.missing(printed.texts());
        if (!missing.isEmpty()) {
            // the code points are part of a name: count them, do not log them
            LOG.info("certificate {} of type {} not rendered: {} characters in no font", data.verificationCode(),
                    data.typeCode(), missing.size());
            return new RenderOutcome.MissingGlyphs(missing);
        }
        try (PDDocument document = new PDDocument()) {
            CertificateComposer composer = new CertificateComposer(document, typefaces, printed, clock);
            byte[] pdf = composer.compose();
            return new RenderOutcome.Rendered(new RenderedCertificate(pdf, composer.pageCount(),
                    data.verificationCode()));
        } catch (IOException e) {
            throw new CertificateDocumentException("cannot render certificate " + data.verificationCode(), e);
        }
    }

    /** Code points of the certificate's printed text that no font has; empty when it can be printed. */
    public synchronized List<Integer> missingGlyphs(CertificateData data, HolderMasking masking) {
        return typefaces.missing(PrintedCertificate.of(data, masking).texts());
    }

    @Override
    public synchronized void close() {
        typefaces.close();
    }
}
