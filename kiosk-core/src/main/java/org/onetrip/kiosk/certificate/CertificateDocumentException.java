package org.onetrip.kiosk.certificate;

/** A certificate could not be rendered or read for a reason outside the data: a font file, memory, a PDFBox failure. */
public class CertificateDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CertificateDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
