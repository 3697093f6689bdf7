package org.onetrip.devices.printer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One PDF document to print, checked before it is queued.
 *
 * @param jobName a name for the job as the printer shows it: 1 to 64 characters of
 *                {@code A-Z a-z 0-9 . _ -}; never personal data (use a ledger or tracking number)
 * @param pdf     the complete PDF file, starting with {@code %PDF-}; at most {@link #MAX_BYTES}
 */
public record PrintRequest(String jobName, byte[] pdf) {
    /** 64 MiB: far above a certificate of a few pages, low enough to refuse a runaway file. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    public PrintRequest {
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(pdf, "pdf");
        if (!jobName.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("job name must be 1 to 64 characters of A-Z a-z 0-9 . _ -, was \""
                    + jobName + "\"");
        }
        if (pdf.length > MAX_BYTES) {
            throw new IllegalArgumentException("the PDF is " + pdf.length + " bytes; at most " + MAX_BYTES + " are accepted");
        }
        if (pdf.length < PDF_MAGIC.length || !Arrays.equals(pdf, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            throw new IllegalArgumentException("the document is not a PDF: it must start with %PDF- ("
                    + pdf.length + " bytes given)");
        }
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PrintRequest r && jobName.equals(r.jobName) && Arrays.equals(pdf, r.pdf);
    }

    @Override
    public int hashCode() {
        return jobName.hashCode() * 31 + Arrays.hashCode(pdf);
    }

    @Override
    public String toString() {
        return "PrintRequest[" + jobName + ", " + pdf.length + " bytes]";
    }
}
