package org.onetrip.kiosk.issuance;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.onetrip.config.catalog.CertificateType;
import org.onetrip.devices.printer.DocumentPrinter;
import org.onetrip.kiosk.certificate.CertificateHolder;
import org.onetrip.kiosk.session.SessionData;
import org.onetrip.kiosk.session.SessionScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One certificate asked for in one session, from the request to its print. It belongs to the
 * session that asked for it and is held in that session's scope: when the session ends, however
 * it ends, the issuance is withdrawn, its document's bytes are zeroed and a job of it on the
 * printer is cancelled. A withdrawn issuance never becomes ready, is never shown and never
 * reaches the printer again.
 *
 * <p>Thread-safe.
 */
public final class Issuance implements SessionData {

    private static final Logger log = LoggerFactory.getLogger(Issuance.class);

    private final SessionScope session;
    private final CertificateType type;
    private final CertificateHolder holder;
    private final DocumentPrinter printer;
    private long ledgerId = -1;
    private String verificationCode;
    private byte[] pdf = new byte[0];
    private int pages;
    private IssuanceState state = IssuanceState.REQUESTED;
    private boolean withdrawn;
    private boolean printing;
    private Integer jobId;

    Issuance(SessionScope session, CertificateType type, CertificateHolder holder, DocumentPrinter printer) {
        this.session = Objects.requireNonNull(session, "session");
        this.type = Objects.requireNonNull(type, "type");
        this.holder = Objects.requireNonNull(holder, "holder");
        this.printer = Objects.requireNonNull(printer, "printer");
    }

    public CertificateType type() {
        return type;
    }

    /** The backend's verification code, once issued. */
    public synchronized Optional<String> verificationCode() {
        return Optional.ofNullable(verificationCode);
    }

    /** Pages of the document, once ready; 0 before. */
    public synchronized int pages() {
        return pages;
    }

    public synchronized IssuanceState state() {
        return state;
    }

    /** Whether its session ended: nothing of it will be shown or printed any more. */
    public synchronized boolean isWithdrawn() {
        return withdrawn;
    }

    SessionScope session() {
        return session;
    }

    CertificateHolder holder() {
        return holder;
    }

    synchronized long ledgerId() {
        return ledgerId;
    }

    synchronized void recorded(long id) {
        this.ledgerId = id;
    }

    synchronized void issued(String code) {
        this.verificationCode = code;
    }

    /**
     * The document is ready. Refused (and the bytes zeroed at once) when the session has ended
     * meanwhile, so a late answer is never released to whoever stands at the kiosk now.
     */
    synchronized boolean ready(byte[] document, int pageCount) {
        if (withdrawn) {
            Arrays.fill(document, (byte) 0);
            return false;
        }
        this.pdf = document;
        this.pages = pageCount;
        this.state = IssuanceState.RENDERED;
        return true;
    }

    /** Claims the one print this issuance may have at a time; false when withdrawn, printing or printed. */
    synchronized boolean beginPrint() {
        if (withdrawn || printing || state.isPrinted() || pdf.length == 0) {
            return false;
        }
        printing = true;
        state = IssuanceState.SENT_TO_PRINTER;
        return true;
    }

    synchronized boolean isPrinting() {
        return printing;
    }

    /** A copy of the document for one print request. */
    synchronized byte[] document() {
        return pdf.clone();
    }

    /** The printer took the job: a session ending from now on cancels it there. */
    synchronized void jobAccepted(int id) {
        if (jobId != null && jobId == id) {
            return;
        }
        jobId = id;
        if (withdrawn) {
            cancelJob();
        }
    }

    synchronized void endPrint(IssuanceState outcome) {
        printing = false;
        jobId = null;
        state = outcome;
    }

    /** Ends without a document (refused, failed before it was ready). */
    synchronized void failed() {
        state = IssuanceState.FAILED;
        Arrays.fill(pdf, (byte) 0);
        pdf = new byte[0];
    }

    @Override
    public synchronized void wipe() {
        withdrawn = true;
        Arrays.fill(pdf, (byte) 0);
        pdf = new byte[0];
        if (printing && jobId != null) {
            cancelJob();
        }
    }

    private void cancelJob() {
        int id = jobId;
        log.info("certificate {}: session ended, cancelling job {}", verificationCode, id);
        // must not wait: the session ends under the shell's lock
        printer.cancel(id);
    }

    @Override
    public synchronized String toString() {
        return "Issuance[" + type.code() + ", " + (verificationCode == null ? "not issued" : verificationCode) + ", "
                + state + (withdrawn ? ", withdrawn" : "") + "]";
    }
}
