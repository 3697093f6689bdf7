package org.onetrip.kiosk.issuance;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.onetrip.config.catalog.CertificateType;
import org.onetrip.config.catalog.HolderIdentifier;
import org.onetrip.devices.printer.DocumentPrinter;
import org.onetrip.devices.printer.JobProgress;
import org.onetrip.devices.printer.PrintFailure;
import org.onetrip.devices.printer.PrintJobOutcome;
import org.onetrip.devices.printer.PrintRequest;
import org.onetrip.kiosk.backend.ApprovalBackendClient;
import org.onetrip.kiosk.backend.ApprovalContract.CertificateRequest;
import org.onetrip.kiosk.backend.ApprovalContract.DataCertificate;
import org.onetrip.kiosk.backend.ApprovalContract.IssuedCertificate;
import org.onetrip.kiosk.backend.ApprovalContract.PdfCertificate;
import org.onetrip.kiosk.backend.CallOutcome;
import org.onetrip.kiosk.backend.ContractError;
import org.onetrip.kiosk.certificate.BackendPdfCheck;
import org.onetrip.kiosk.certificate.BackendPdfVerdict;
import org.onetrip.kiosk.certificate.CertificateData;
import org.onetrip.kiosk.certificate.CertificateHolder;
import org.onetrip.kiosk.certificate.CertificatePreview;
import org.onetrip.kiosk.certificate.CertificateRenderer;
import org.onetrip.kiosk.certificate.HolderCheck;
import org.onetrip.kiosk.certificate.HolderMatch;
import org.onetrip.kiosk.certificate.RenderOutcome;
import org.onetrip.kiosk.identity.CitizenIdentity;
import org.onetrip.kiosk.keys.LookupKey;
import org.onetrip.kiosk.session.SessionScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The certificate journey's services: which types a citizen may print, asking the backend to
 * issue one, the page-1 preview, printing with progress, and printing again after a failure.
 *
 * <p>Never the wrong person's certificate:
 * <ul>
 * <li>an {@link Issuance} belongs to the session that asked for it and is held in its scope;
 *     when the session ends it is withdrawn, its bytes zeroed and its job cancelled on the
 *     printer. An answer that arrives after the end is dropped, never shown or printed;</li>
 * <li>before anything is shown, and again right before the bytes go to the printer, the
 *     document's holder (data, or the PDF's text) is checked against the card in the reader;</li>
 * <li>the desk prints only an issuance of the session running now, for the card identified now;</li>
 * <li>one certificate is on the printer at a time ({@link PrintGate}); a wait that runs out, a
 *     printer error or a time-out ends the whole issuance as failed, releasing nothing;</li>
 * <li>nothing is offered or printed before the jobs an earlier run left at the printer are
 *     settled ({@link LeftoverPrintJobs}): a certificate still queued from before a crash is
 *     cancelled first, never printed on top of the next citizen's.</li>
 * </ul>
 *
 * <p>Every method returns at once; the work runs on the given executor, never on the caller's
 * thread, and futures complete there or on the printer's thread.
 */
public final class CertificateDesk {

    private static final Logger log = LoggerFactory.getLogger(CertificateDesk.class);

    private final ApprovalBackendClient backend;
    private final IssuanceLedger ledger;
    private final IssuanceReports reports;
    private final LookupKey lookupKey;
    private final CertificateRenderer renderer;
    private final DocumentPrinter printer;
    private final PrintGate gate;
    private final LeftoverPrintJobs leftovers;
    private final SessionBinding sessions;
    private final IssuancePolicy policy;
    private final Executor work;
    private final BackendPdfCheck pdfCheck;
    private final CertificatePreview preview;
    private final IssuerSignature signatures;
    /** Per running session: its reference towards the backend and the copy number per type. */
    private final Map<SessionScope, SessionCopies> copies = new HashMap<>();

    /**
     * @param backend  the approval backend
     * @param ledger   where every certificate's state is recorded
     * @param reports  tells the backend what printed and what failed
     * @param lookupKey its keyed hash identifies a holder in the ledger
     * @param renderer lays out certificates issued as data
     * @param printer  the certificate printer
     * @param gate     shared by every desk printing to {@code printer}
     * @param leftovers what an earlier run left at {@code printer}, settled before anything is offered or printed
     * @param sessions who is at the kiosk now
     * @param policy   types, limits and waits
     * @param work     runs the backend calls, rendering, checks and the wait for the printer
     */
    public CertificateDesk(ApprovalBackendClient backend, IssuanceLedger ledger, IssuanceReports reports, LookupKey lookupKey,
                           CertificateRenderer renderer, DocumentPrinter printer, PrintGate gate,
                           LeftoverPrintJobs leftovers, SessionBinding sessions, IssuancePolicy policy, Executor work) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.lookupKey = Objects.requireNonNull(lookupKey, "lookupKey");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.printer = Objects.requireNonNull(printer, "printer");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.leftovers = Objects.requireNonNull(leftovers, "leftovers");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.work = Objects.requireNonNull(work, "work");
        this.pdfCheck = new BackendPdfCheck(policy.pdfLimits());
        this.preview = new CertificatePreview(policy.previewDpi());
        this.signatures = new IssuerSignature(backend);
    }

    /** The catalog's certificate types for this citizen, each with whether it can be printed now. Reads the ledger. */
    public CompletableFuture<List<CertificateOffer>> offer(CitizenIdentity citizen) {
        Objects.requireNonNull(citizen, "citizen");
        return CompletableFuture.supplyAsync(() -> {
            // a certificate an earlier run left at the printer may have printed after all: count it first
            leftovers.clear();
            String holderKey = lookupKey.applicantKey(citizen.record().idNumber());
            List<CertificateOffer> offers = new ArrayList<>();
            for (CertificateType type : policy.types()) {
                int limit = policy.dailyLimit().applyAsInt(type);
                int printed = ledger.printedToday(holderKey, type.code());
                offers.add(new CertificateOffer(type, unavailable(type, limit, printed), printed, limit));
            }
            return List.copyOf(offers);
        }, work);
    }

    /**
     * Asks the backend for the certificate, checks it and prepares page 1 for the citizen to
     * confirm. The request is bound to {@code session}; an answer arriving after the session
     * ended is dropped.
     *
     * @param citizen the identity the session's card gave; it must still be the card identified now
     */
    public CompletableFuture<IssueOutcome> issue(SessionScope session, CitizenIdentity citizen, CertificateType type) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(citizen, "citizen");
        Objects.requireNonNull(type, "type");
        return CompletableFuture.supplyAsync(() -> issueNow(session, citizen, type), work);
    }

    /** Prints a ready certificate; {@code progress} hears each stage (on the printer's thread: hand it on). */
    public CompletableFuture<PrintOutcome> print(Issuance issuance, Consumer<PrintStage> progress) {
        return printAsync(issuance, progress, IssuanceState.RENDERED);
    }

    /** Prints again a certificate whose print failed, with the same verification code; recorded as reprinted. */
    public CompletableFuture<PrintOutcome> reprint(Issuance issuance, Consumer<PrintStage> progress) {
        return printAsync(issuance, progress, IssuanceState.FAILED);
    }

    // ---- issuing

    private IssueOutcome issueNow(SessionScope session, CitizenIdentity citizen, CertificateType type) {
        if (!isCurrent(session)) {
            return new IssueOutcome.Refused(IssueRefusal.SESSION_ENDED, "the session is not the running one");
        }
        String idNumber = citizen.record().idNumber();
        if (!cardIs(idNumber)) {
            return new IssueOutcome.Refused(IssueRefusal.NOT_IDENTIFIED, "the identity is not the card identified now");
        }
        String holderKey = lookupKey.applicantKey(idNumber);
        int limit = policy.dailyLimit().applyAsInt(type);
        Optional<IssueRefusal> unavailable = unavailable(type, limit, ledger.printedToday(holderKey, type.code()));
        if (unavailable.isPresent()) {
            return new IssueOutcome.Refused(unavailable.get(), type.code() + ": " + unavailable.get().englishAdvice());
        }
        Issuance issuance = new Issuance(session, type, new CertificateHolder(citizen.record().name(), idNumber), printer);
        SessionCopies sessionCopies;
        try {
            session.hold(issuance);
            sessionCopies = copiesOf(session);
        } catch (IllegalStateException ended) {
            return new IssueOutcome.Refused(IssueRefusal.SESSION_ENDED, "the session ended before the request");
        }
        String backendType = policy.backendTypes().get(type.code());
        String issueKey = sessionCopies.issueKey(backendType);
        LedgerEntry entry = ledger.request(issueKey, type.code(), holderKey);
        issuance.recorded(entry.id());
        CallOutcome<IssuedCertificate> answer = askBackend(issuance,
                new CertificateRequest(backendType, idNumber, backend.kioskId(), sessionCopies.sessionRef), issueKey);
        if (answer instanceof CallOutcome.Ok<IssuedCertificate> ok) {
            return prepare(issuance, ok.value(), backendType);
        }
        if (issuance.isWithdrawn()) {
            return fail(issuance, IssueRefusal.SESSION_ENDED, "SESSION_ENDED", "the session ended during the request");
        }
        if (answer instanceof CallOutcome.Refused<IssuedCertificate> refused) {
            IssueRefusal reason = refused.code() == ContractError.UNKNOWN_HOLDER
                    ? IssueRefusal.UNKNOWN_HOLDER : IssueRefusal.BACKEND_REFUSED;
            return fail(issuance, reason, "BACKEND:" + refused.wireCode(), "the backend refused: " + refused.wireCode());
        }
        return fail(issuance, IssueRefusal.BACKEND_UNAVAILABLE, "BACKEND_UNAVAILABLE",
                ((CallOutcome.Retryable<IssuedCertificate>) answer).reason());
    }

    private CallOutcome<IssuedCertificate> askBackend(Issuance issuance, CertificateRequest request, String issueKey) {
        CallOutcome<IssuedCertificate> answer = null;
        for (int attempt = 1; attempt <= policy.issueAttempts() && !issuance.isWithdrawn(); attempt++) {
            answer = backend.issueCertificate(request, issueKey);
            if (!(answer instanceof CallOutcome.Retryable) || attempt == policy.issueAttempts()) {
                break;
            }
            try {
                // the same key makes a retry safe: the backend answers the certificate it already issued
                Thread.sleep(250L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return answer == null ? new CallOutcome.Retryable<>("the session ended before the request") : answer;
    }

    private IssueOutcome prepare(Issuance issuance, IssuedCertificate issued, String backendType) {
        String code = issued.verificationCode();
        if (code == null || code.isBlank()) {
            return fail(issuance, IssueRefusal.DOCUMENT_REFUSED, "NO_VERIFICATION_CODE", "the answer has no code");
        }
        ledger.issued(issuance.ledgerId(), code);
        issuance.issued(code);
        if (issuance.isWithdrawn() || !isCurrent(issuance.session())) {
            return fail(issuance, IssueRefusal.SESSION_ENDED, "SESSION_ENDED", "the answer came after the session ended");
        }
        if (!backendType.equals(issued.type())) {
            return fail(issuance, IssueRefusal.DOCUMENT_REFUSED, "WRONG_TYPE",
                    "asked for " + backendType + ", the backend issued " + issued.type());
        }
        byte[] pdf;
        int pages;
        if (issued instanceof PdfCertificate pdfCertificate) {
            try {
                pdf = Base64.getDecoder().decode(pdfCertificate.pdfBase64() == null ? "" : pdfCertificate.pdfBase64());
            } catch (IllegalArgumentException e) {
                return fail(issuance, IssueRefusal.DOCUMENT_REFUSED, "PDF:NOT_BASE64", "pdfBase64 is not base64");
            }
            IssuerSignature.Verdict signature = signatures.verify(pdfCertificate, pdf);
            if (signature == IssuerSignature.Verdict.KEY_UNAVAILABLE) {
                return fail(issuance, IssueRefusal.BACKEND_UNAVAILABLE, "ISSUER_KEY_UNAVAILABLE",
                        "the issuer key cannot be fetched to verify the PDF");
            }
            if (signature == IssuerSignature.Verdict.INVALID) {
                return fail(issuance, IssueRefusal.DOCUMENT_REFUSED, "PDF:BAD_SIGNATURE",
                        "the PDF's digest or signature does not verify");
            }
            BackendPdfVerdict verdict = pdfCheck.check(pdf, OptionalInt.of(pdfCertificate.pageCount()));
            if (verdict instanceof BackendPdfVerdict.Refused refused) {
                return fail(issuance, IssueRefusal.DOCUMENT_REFUSED, "PDF:" + refused.reason(), refused.detail());
            }
            pages = ((BackendPdfVerdict.Accepted) verdict).pageCount();
        } else {
            CertificateData data;
            try {
                data = DataCertificateMapping.toData((DataCertificate) issued, issuance.type(), policy.verificationBase(),
                        policy.zone());
            } catch (IllegalArgumentException | NullPointerException e) {
                // the records name the missing or bad field, never its value
                return fail(issuance, IssueRefusal.DOCUMENT_REFUSED, "DATA:MALFORMED", String.valueOf(e.getMessage()));
            }
            if (HolderCheck.ofData(data, issuance.holder()) != HolderMatch.MATCH) {
                return fail(issuance, IssueRefusal.HOLDER_MISMATCH, "HOLDER_MISMATCH", "the data names another holder");
            }
            RenderOutcome rendered = renderer.render(data, issuance.type().masking());
            if (rendered instanceof RenderOutcome.MissingGlyphs missing) {
                return fail(issuance, IssueRefusal.MISSING_GLYPHS, "MISSING_GLYPHS",
                        missing.codePoints().size() + " character(s) in no font");
            }
            RenderOutcome.Rendered done = (RenderOutcome.Rendered) rendered;
            pdf = done.certificate().pdf();
            pages = done.certificate().pages();
        }
        Optional<CertificateHolder> card = cardHolder();
        HolderMatch match = card.isEmpty() ? HolderMatch.MISMATCH : HolderCheck.ofPdf(pdf, card.get());
        if (match != HolderMatch.MATCH || !card.get().idNumber().equalsIgnoreCase(issuance.holder().idNumber())) {
            Arrays.fill(pdf, (byte) 0);
            return fail(issuance, IssueRefusal.HOLDER_MISMATCH, "HOLDER_" + match,
                    "the document's holder is not the card's (" + match + ")");
        }
        BufferedImage firstPage = preview.firstPage(pdf);
        if (!issuance.ready(pdf, pages)) {
            return fail(issuance, IssueRefusal.SESSION_ENDED, "SESSION_ENDED", "the session ended while it was prepared");
        }
        ledger.rendered(issuance.ledgerId(), pages);
        log.info("certificate {} of type {} ready, {} page(s)", code, issuance.type().code(), pages);
        return new IssueOutcome.Ready(issuance, firstPage);
    }

    private IssueOutcome.Refused fail(Issuance issuance, IssueRefusal reason, String ledgerReason, String detail) {
        issuance.failed();
        ledger.failed(issuance.ledgerId(), ledgerReason);
        reports.due();
        log.info("certificate of type {} ({}) not issued: {} ({})", issuance.type().code(),
                issuance.verificationCode().orElse("no code"), ledgerReason, detail);
        return new IssueOutcome.Refused(reason, detail);
    }

    private Optional<IssueRefusal> unavailable(CertificateType type, int limit, int printedToday) {
        if (type.identifiedBy() != HolderIdentifier.ID_NUMBER || !policy.backendTypes().containsKey(type.code())
                || limit == 0) {
            return Optional.of(IssueRefusal.NOT_OFFERED);
        }
        return printedToday >= limit ? Optional.of(IssueRefusal.LIMIT_REACHED) : Optional.empty();
    }

    // ---- printing

    private CompletableFuture<PrintOutcome> printAsync(Issuance issuance, Consumer<PrintStage> progress,
                                                       IssuanceState from) {
        Objects.requireNonNull(issuance, "issuance");
        Objects.requireNonNull(progress, "progress");
        return CompletableFuture.supplyAsync(() -> printNow(issuance, progress, from), work)
                .thenCompose(outcome -> outcome);
    }

    private CompletableFuture<PrintOutcome> printNow(Issuance issuance, Consumer<PrintStage> progress, IssuanceState from) {
        if (issuance.isWithdrawn() || !isCurrent(issuance.session())) {
            if (!issuance.isPrinting() && issuance.state() == IssuanceState.RENDERED) {
                // the ledger says why a certificate made for this session never printed
                ledger.failed(issuance.ledgerId(), "SESSION_ENDED");
                issuance.failed();
                reports.due();
            }
            return done(notPrinted(NotPrintedReason.SESSION_ENDED, false));
        }
        if (!cardIs(issuance.holder().idNumber())) {
            return done(notPrinted(NotPrintedReason.CARD_CHANGED, true));
        }
        IssuanceState state = issuance.state();
        if (state.isPrinted() || issuance.isPrinting()) {
            return done(notPrinted(NotPrintedReason.ALREADY_PRINTED, false));
        }
        if (state != from) {
            return done(notPrinted(NotPrintedReason.NOT_READY, state == IssuanceState.FAILED));
        }
        if (leftovers.clear() instanceof LeftoverPrintJobs.Outcome.NotCleared) {
            // a job an earlier run left queued could still come out: nothing new goes to the printer before it is settled
            return done(new PrintOutcome.NotPrinted(NotPrintedReason.PRINTER_FAILED, Optional.of(PrintFailure.PRINTER_OFFLINE),
                    true));
        }
        String holderKey = lookupKey.applicantKey(issuance.holder().idNumber());
        if (ledger.printedToday(holderKey, issuance.type().code()) >= policy.dailyLimit().applyAsInt(issuance.type())) {
            return done(notPrinted(NotPrintedReason.LIMIT_REACHED, false));
        }
        if (!issuance.beginPrint()) {
            return done(notPrinted(NotPrintedReason.ALREADY_PRINTED, false));
        }
        tell(progress, PrintStage.WAITING_FOR_PRINTER);
        Optional<PrintGate.Turn> turn;
        try {
            turn = gate.enter(policy.printerWait());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = Optional.empty();
        }
        if (turn.isEmpty()) {
            return done(printFailed(issuance, NotPrintedReason.PRINTER_BUSY, Optional.empty(), "PRINTER_BUSY"));
        }
        try {
            return send(issuance, progress, turn.get());
        } catch (RuntimeException e) {
            // e.g. a job name the driver refuses: the printer and the issuance must not stay taken
            turn.get().leave();
            log.error("certificate {} could not be sent to the printer", issuance.verificationCode().orElse("?"), e);
            return done(printFailed(issuance, NotPrintedReason.PRINTER_FAILED, Optional.empty(), "PRINTER_ERROR"));
        }
    }

    /** Holding the gate: the last checks, then the document goes to the printer. */
    private CompletableFuture<PrintOutcome> send(Issuance issuance, Consumer<PrintStage> progress, PrintGate.Turn turn) {
        if (issuance.isWithdrawn() || !isCurrent(issuance.session())) {
            turn.leave();
            return done(printFailed(issuance, NotPrintedReason.SESSION_ENDED, Optional.empty(), "SESSION_ENDED"));
        }
        Optional<CertificateHolder> card = cardHolder();
        byte[] pdf = issuance.document();
        if (card.isEmpty() || !card.get().idNumber().equalsIgnoreCase(issuance.holder().idNumber())
                || HolderCheck.ofPdf(pdf, card.get()) != HolderMatch.MATCH) {
            turn.leave();
            Arrays.fill(pdf, (byte) 0);
            return done(printFailed(issuance, NotPrintedReason.CARD_CHANGED, Optional.empty(), "CARD_CHANGED"));
        }
        ledger.sentToPrinter(issuance.ledgerId());
        // the job's name (with the kiosk's id as its owner) finds this entry at the printer after a crash
        String jobName = ledger.entry(issuance.ledgerId()).flatMap(LedgerEntry::printJobName).orElseThrow();
        PrintRequest request;
        try {
            request = new PrintRequest(jobName, pdf);
        } finally {
            Arrays.fill(pdf, (byte) 0);
        }
        tell(progress, PrintStage.SENDING);
        SessionScope session = issuance.session();
        CompletableFuture<PrintJobOutcome> job = printer.print(request, step -> {
            issuance.jobAccepted(step.jobId());
            stage(step).ifPresent(s -> tell(progress, s));
        }, () -> !issuance.isWithdrawn() && !session.isWiped());
        return job.handle((outcome, error) -> {
            turn.leave();
            return finished(issuance, outcome, error, progress);
        });
    }

    private PrintOutcome finished(Issuance issuance, PrintJobOutcome outcome, Throwable error,
                                  Consumer<PrintStage> progress) {
        if (error != null) {
            log.error("printing certificate {} failed unexpectedly", issuance.verificationCode().orElse("?"), error);
            return printFailed(issuance, NotPrintedReason.PRINTER_FAILED, Optional.empty(), "PRINTER_ERROR");
        }
        if (outcome instanceof PrintJobOutcome.Completed completed) {
            IssuanceState state = ledger.printed(issuance.ledgerId());
            issuance.endPrint(state);
            copiesPrinted(issuance);
            reports.due();
            tell(progress, PrintStage.DONE);
            String code = issuance.verificationCode().orElseThrow();
            log.info("certificate {} {}", code, state == IssuanceState.REPRINTED ? "reprinted" : "printed");
            return new PrintOutcome.Printed(code, completed.pages().orElse(issuance.pages()), state);
        }
        if (outcome instanceof PrintJobOutcome.Failed failed) {
            if (failed.reason() == PrintFailure.JOB_CANCELED && issuance.isWithdrawn()) {
                return printFailed(issuance, NotPrintedReason.SESSION_ENDED, Optional.empty(), "SESSION_ENDED");
            }
            return printFailed(issuance, NotPrintedReason.PRINTER_FAILED, Optional.of(failed.reason()),
                    "PRINTER:" + failed.reason());
        }
        if (outcome instanceof PrintJobOutcome.TimedOut) {
            return printFailed(issuance, NotPrintedReason.TIMED_OUT, Optional.empty(), "TIMED_OUT");
        }
        return printFailed(issuance, NotPrintedReason.UNCONFIRMED, Optional.empty(), "UNCONFIRMED");
    }

    private PrintOutcome printFailed(Issuance issuance, NotPrintedReason reason, Optional<PrintFailure> printerFailure,
                                     String ledgerReason) {
        ledger.failed(issuance.ledgerId(), ledgerReason);
        issuance.endPrint(IssuanceState.FAILED);
        reports.due();
        log.info("certificate {} not printed: {}", issuance.verificationCode().orElse("?"), ledgerReason);
        boolean again = !issuance.isWithdrawn() && reason != NotPrintedReason.SESSION_ENDED;
        return new PrintOutcome.NotPrinted(reason, printerFailure, again);
    }

    private static PrintOutcome notPrinted(NotPrintedReason reason, boolean again) {
        return new PrintOutcome.NotPrinted(reason, Optional.empty(), again);
    }

    private static CompletableFuture<PrintOutcome> done(PrintOutcome outcome) {
        return CompletableFuture.completedFuture(outcome);
    }

    private static Optional<PrintStage> stage(JobProgress step) {
        return switch (step.state()) {
            case PENDING, HELD -> Optional.of(PrintStage.QUEUED);
            case PROCESSING -> Optional.of(PrintStage.PRINTING);
            case PROCESSING_STOPPED -> Optional.of(PrintStage.PRINTER_STOPPED);
            case COMPLETED, CANCELED, ABORTED -> Optional.empty();
        };
    }

    private static void tell(Consumer<PrintStage> progress, PrintStage stage) {
        try {
            progress.accept(stage);
        } catch (RuntimeException e) {
            log.warn("print progress listener failed on {}", stage, e);
        }
    }

    // ---- who is at the kiosk

    private boolean isCurrent(SessionScope session) {
        return !session.isWiped() && sessions.currentSession().filter(now -> now == session).isPresent();
    }

    private boolean cardIs(String idNumber) {
        return sessions.identifiedCitizen().map(c -> c.record().idNumber()).filter(idNumber::equalsIgnoreCase).isPresent();
    }

    private Optional<CertificateHolder> cardHolder() {
        return sessions.identifiedCitizen().map(c -> new CertificateHolder(c.record().name(), c.record().idNumber()));
    }

    private SessionCopies copiesOf(SessionScope session) {
        synchronized (copies) {
            SessionCopies existing = copies.get(session);
            if (existing != null) {
                return existing;
            }
            SessionCopies fresh = new SessionCopies(UUID.randomUUID().toString().replace("-", ""));
            session.hold(() -> {
                synchronized (copies) {
                    copies.remove(session);
                }
            });
            copies.put(session, fresh);
            return fresh;
        }
    }

    private void copiesPrinted(Issuance issuance) {
        synchronized (copies) {
            SessionCopies sessionCopies = copies.get(issuance.session());
            if (sessionCopies != null) {
                sessionCopies.printed(policy.backendTypes().get(issuance.type().code()));
            }
        }
    }

    /**
     * The session's reference towards the backend and, per backend type, which copy it is at. A
     * retry of an issue keeps its key (the backend replays the same certificate); once a copy has
     * printed, the next issue of that type gets a new key and a new certificate.
     */
    private static final class SessionCopies {
        final String sessionRef;
        private final Map<String, Integer> copy = new HashMap<>();

        SessionCopies(String sessionRef) {
            this.sessionRef = sessionRef;
        }

        synchronized String issueKey(String backendType) {
            return sessionRef + "-" + backendType + "-" + copy.getOrDefault(backendType, 1);
        }

        synchronized void printed(String backendType) {
            copy.put(backendType, copy.getOrDefault(backendType, 1) + 1);
        }
    }
}
