package org.onetrip.day;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.onetrip.backend.fault.FaultMode;
import org.onetrip.backend.fault.FaultRule;
import org.onetrip.kiosk.backend.ApprovalContract.Filings;
import org.onetrip.kiosk.backend.CallOutcome;
import org.onetrip.kiosk.backend.ContractError;
import org.onetrip.kiosk.issuance.IssuanceLedger;
import org.onetrip.kiosk.issuance.LedgerEntry;
import org.onetrip.config.KioskSettings;
import org.onetrip.kiosk.keys.LookupKey;
import org.onetrip.ui.KioskDevices;
import org.onetrip.kiosk.outbox.OutboxEntry;
import org.onetrip.kiosk.shell.Screen;

/**
 * A day at the composed demo kiosk: one citizen session after another, chosen at random from the
 * seed, each a few journeys and mishaps in any order, with the screen checked after every step and
 * the filings, certificates, files and the audit journal checked when sessions and the day end. Blocks for the whole
 * day (about a second or two a session on two cores); every wait inside is bounded, so it always
 * ends.
 */
public final class Day {

    /** The longest any one wait on the kiosk may last before it counts as stuck. */
    static final Duration BOUND = Duration.ofSeconds(20);
    /** How long the outbox may take to drain at the end of an online day. */
    private static final Duration DRAIN = Duration.ofSeconds(90);
    /** How long a session's files may take to go once it ended. */
    private static final Duration WIPE = Duration.ofSeconds(5);
    private static final int QUOTA_RETRIES = 5;

    /** Vitals taken every so many sessions, for the soak. */
    public record Sample(int sessionsDone, Vitals vitals, Duration elapsed) {
    }

    private final DayOptions options;
    private final Consumer<Violation> onViolation;
    private final int sampleEvery;
    private final Consumer<Sample> onSample;
    private final Citizens citizens = new Citizens();
    private final PersonalTraces traces = new PersonalTraces();
    private final Witness witness = new Witness();
    private final List<ScreenInvariant> invariants;
    private final List<Step> journeys;
    private final List<Step> mishaps;
    private final Set<String> receiptsBeforeRestarts = new HashSet<>();
    private final List<String> setAside = new ArrayList<>();
    private int violations;
    private long steps;
    private int session;
    private String currentStep = "";

    /**
     * @param onViolation told each violation as it is found, on the calling thread
     * @param sampleEvery take {@link Vitals} every so many sessions (0 for only the first and last)
     * @param onSample    told each sample
     */
    public Day(DayOptions options, Consumer<Violation> onViolation, int sampleEvery, Consumer<Sample> onSample) {
        this.options = Objects.requireNonNull(options, "options");
        this.onViolation = Objects.requireNonNull(onViolation, "onViolation");
        this.sampleEvery = sampleEvery;
        this.onSample = Objects.requireNonNull(onSample, "onSample");
        this.invariants = List.of(new OnlyCurrentJourney(), new NoOtherCitizenData(traces), new IdentityIsTheCard(citizens),
                new MaskedAsThePolicySays());
        List<Step> chosen = new ArrayList<>();
        if (options.journeys().contains(DayOptions.FILE)) {
            chosen.add(new FileApplication());
        }
        if (options.journeys().contains(DayOptions.PRINT)) {
            chosen.add(new PrintCertificate());
        }
        if (options.journeys().contains(DayOptions.PROGRESS)) {
            chosen.add(new CheckProgress());
        }
        if (options.journeys().contains(DayOptions.PAY)) {
            chosen.add(new PayAtKiosk(options.backend() == BackendMode.ONLINE));
        }
        this.journeys = List.copyOf(chosen);
        List<Step> all = new ArrayList<>(List.of(new SwitchLook(), new GoBack(), new TakeCardAway(), new SwapCard()));
        if (options.timeoutsOn()) {
            all.add(new LeaveToTimeOut());
        }
        this.mishaps = List.copyOf(all);
    }

    public Day(DayOptions options, Consumer<Violation> onViolation) {
        this(options, onViolation, 0, sample -> { });
    }

    /** Every phone number the day's citizens typed. */
    List<String> phonesTyped() {
        return traces.phones();
    }

    /** Runs the day; returns how it went. */
    public DaySummary run() throws IOException {
        long started = System.nanoTime();
        Path data = options.dataDirectory().orElse(Files.createTempDirectory("onetrip-day-"));
        Files.createDirectories(data);
        citizens.keys().forEach(key -> traces.rememberCard(key, citizens.card(key)));
        Random random = new Random(options.seed());
        Vitals first;
        Vitals last;
        DayKiosk kiosk;
        try {
            kiosk = new DayKiosk(options.configDirectory(), data, options.backend(), BOUND);
        } catch (Stuck e) {
            report("compose", e.getMessage());
            return new DaySummary(0, steps, violations, new long[] {0, 0}, new int[] {0, 0},
                    Duration.ofNanos(System.nanoTime() - started), setAside);
        }
        try {
            if (options.backend() == BackendMode.FLAKY) {
                kiosk.backend().faults().add(FaultRule.always(FaultMode.RESET).withProbability(0.05));
                kiosk.backend().faults().add(FaultRule.always(FaultMode.FAIL).withProbability(0.05));
            }
            first = Vitals.sample();
            SessionFilesGone files = new SessionFilesGone(data);
            int visit = 0;
            for (session = 1; session <= options.sessions(); session++) {
                try {
                    visit = citizenSession(kiosk, random, files, visit + 1);
                } catch (RuntimeException e) {
                    report(currentStep, "the session could not go on: " + e);
                    visit += 2;
                }
                if (sampleEvery > 0 && session % sampleEvery == 0) {
                    onSample.accept(new Sample(session, Vitals.sample(), Duration.ofNanos(System.nanoTime() - started)));
                }
            }
            session = 0;
            last = Vitals.sample();
            try {
                endOfDay(kiosk, data);
            } catch (RuntimeException e) {
                report("end-of-day", "the checks at the end of the day failed: " + e);
            }
        } finally {
            kiosk.close();
            if (options.dataDirectory().isEmpty()) {
                delete(data);
                delete(KioskSettings.keyDirectoryOf(data));
                delete(DayKiosk.backendDirectoryOf(data));
                delete(KioskDevices.paperOf(data));
            }
        }
        return new DaySummary(options.sessions(), steps, violations,
                new long[] {first.heapAfterGcMb(), last.heapAfterGcMb()}, new int[] {first.threads(), last.threads()},
                Duration.ofNanos(System.nanoTime() - started), setAside);
    }

    /** One citizen from arriving to leaving; returns the last visit number used. */
    private int citizenSession(DayKiosk kiosk, Random random, SessionFilesGone files, int visit) {
        if (session > 1 && random.nextInt(12) == 0) {
            hallStep(kiosk, "restart", () -> restart(kiosk));
        }
        boolean outage = options.backend() != BackendMode.OFFLINE && random.nextInt(10) == 0;
        if (outage) {
            hallStep(kiosk, "backend-down", () -> kiosk.backend().goDown());
        }
        Set<Path> before = files.perSessionFiles();
        Turn turn = new Turn(kiosk, random, citizens, traces, witness, options.timeoutsOn(), session,
                citizens.draw(random), visit, what -> report(currentStep, what));
        boolean fine = step(turn, "arrive", t -> {
            if (t.random.nextBoolean()) {
                t.placeCard();
            }
            t.toHome();
        });
        int activities = 1 + random.nextInt(4);
        for (int i = 0; i < activities && fine; i++) {
            Step chosen = random.nextInt(3) == 0 ? mishaps.get(random.nextInt(mishaps.size()))
                    : journeys.get(random.nextInt(journeys.size()));
            fine = step(turn, chosen.name(), chosen::take);
        }
        if (fine) {
            step(turn, "leave", this::leave);
        }
        steps++;
        currentStep = "session-ended";
        if (turn.shellScreen() != Screen.ATTRACT) {
            report(currentStep, "the session did not end: the kiosk is on " + turn.shellScreen().name());
        } else {
            files.check(before, WIPE, what -> report(currentStep, what));
        }
        if (outage) {
            hallStep(kiosk, "backend-up", () -> kiosk.backend().comeUp());
        }
        return turn.visit();
    }

    private interface Action {
        void take(Turn turn) throws Stuck;
    }

    private interface HallAction {
        void take() throws Stuck;
    }

    /** Takes one step and checks the screen after it; false when the session could not go on. */
    private boolean step(Turn turn, String name, Action action) {
        steps++;
        currentStep = name;
        boolean fine = true;
        try {
            action.take(turn);
        } catch (Stuck e) {
            report(name, e.getMessage());
            fine = false;
        } catch (RuntimeException e) {
            report(name, "failed: " + e);
            fine = false;
        }
        try {
            turn.followSession();
            check(turn);
        } catch (Stuck e) {
            report(name, "checks " + e.getMessage());
            fine = false;
        }
        if (!fine) {
            recover(turn);
        }
        return fine;
    }

    private void hallStep(DayKiosk kiosk, String name, HallAction action) {
        steps++;
        currentStep = name;
        try {
            action.take();
        } catch (Stuck e) {
            report(name, e.getMessage());
        } catch (RuntimeException e) {
            report(name, "failed: " + e);
        }
    }

    private void check(Turn turn) throws Stuck {
        SceneSnapshot scene = turn.screen().snapshot();
        scene.nodes().stream().filter(SceneSnapshot.NodeFacts::personalImage)
                .forEach(node -> node.image().ifPresent(image -> traces.rememberPicture(turn.visit(), image)));
        Moment now = new Moment(turn.shellScreen(), turn.kiosk.composition().shell().journey().get(),
                turn.cardOnReader(), turn.lastCard(), turn.visit());
        for (ScreenInvariant invariant : invariants) {
            invariant.check(scene, now, what -> report(currentStep, what));
        }
    }

    /** The citizen finishes (or walks off and the session times out), takes the card, and the kiosk rests. */
    private void leave(Turn t) throws Stuck {
        if (t.shellScreen() != Screen.ATTRACT) {
            if (t.timeoutsOn && t.random.nextInt(4) == 0) {
                new LeaveToTimeOut().take(t);
            } else {
                t.toHome();
                t.screen().press("finish");
            }
        }
        t.takeCard();
        t.screen().await("the attract screen with no card reminder", () -> t.shellScreen() == Screen.ATTRACT
                && !t.screen().shows("card-reminder"));
        t.followSession();
    }

    /** After a stuck step: the citizen leaves and the session times out, or the kiosk is restarted. */
    private void recover(Turn turn) {
        try {
            turn.takeCard();
            if (options.timeoutsOn()) {
                turn.kiosk.sessionTime().advance(Turn.PAST_EVERY_TIMER);
                turn.screen().awaitModel("the session to time out after a stuck step",
                        () -> turn.shellScreen() == Screen.ATTRACT);
                turn.followSession();
                return;
            }
        } catch (Stuck | RuntimeException e) {
            report(currentStep, "recovery " + e.getMessage() + "; restarting the kiosk");
        }
        try {
            restart(turn.kiosk);
            turn.readerReplaced();
            turn.newVisit();
        } catch (Stuck | RuntimeException e) {
            report(currentStep, "restart failed: " + e.getMessage());
        }
    }

    /**
     * Kills and composes the kiosk again. The receipts in the printer's tray are read first: the
     * simulated printer numbers its pictures afresh when it starts, so a later receipt may take an
     * earlier one's file name.
     */
    private void restart(DayKiosk kiosk) throws Stuck {
        try {
            ReceiptBarcodes.read(KioskDevices.paperOf(kiosk.dataDirectory()).resolve("receipts")).forEach(receipt ->
                    receipt.trackingNumber().ifPresent(receiptsBeforeRestarts::add));
        } catch (IOException e) {
            report(currentStep, "cannot read the receipts before the restart: " + e.getMessage());
        }
        kiosk.restart();
    }

    /**
     * The filings the backend holds for one card, asked as the kiosk asks. A day uses up the backend's
     * quota of citizen-data calls faster than any hall, so a refusal over quota is asked again after the
     * wait the backend names, a few times.
     */
    private static CallOutcome<Filings> lookupFilings(DayKiosk kiosk, String idNumber) {
        CallOutcome<Filings> found = kiosk.composition().submissions().client().lookupFilings(idNumber);
        for (int again = 0; again < QUOTA_RETRIES && found instanceof CallOutcome.Refused<Filings> refused
                && refused.code() == ContractError.RATE_LIMITED; again++) {
            long seconds = Math.min(60, Math.max(1, refused.details().path("retryAfterSeconds").asLong(1)));
            try {
                Thread.sleep(Duration.ofSeconds(seconds).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
            found = kiosk.composition().submissions().client().lookupFilings(idNumber);
        }
        return found;
    }

    /** Every payment order finished, and the kiosk's orders agreeing with the platform's statement. */
    private void payments(DayKiosk kiosk) {
        currentStep = "end-of-day-payments";
        kiosk.backend().paymentFaults().clear();
        DayPayments payments = kiosk.payments();
        if (!payments.finishAll(Duration.ofMinutes(10))) {
            payments.ledger.unfinished().forEach(order -> report(currentStep, "payment order " + order.orderNo()
                    + " left " + order.state() + " (" + order.note() + ")"));
        }
        payments.reconcile().forEach(mismatch -> report(currentStep, "reconciliation: " + mismatch.line()));
    }

    private void endOfDay(DayKiosk kiosk, Path data) throws IOException {
        steps++;
        currentStep = "end-of-day";
        boolean reachable = options.backend() != BackendMode.OFFLINE;
        if (reachable) {
            kiosk.backend().faults().clear();
            kiosk.backend().comeUp();
            try {
                kiosk.screen().within(DRAIN).awaitModel("the outbox to drain", () -> {
                    kiosk.composition().submissions().worker().wake();
                    return kiosk.composition().submissions().outbox().pendingCount() == 0;
                });
            } catch (Stuck e) {
                report(currentStep, e.getMessage() + " (" + kiosk.composition().submissions().outbox().pendingCount()
                        + " still pending)");
            }
        }
        if (reachable && options.journeys().contains(DayOptions.PAY)) {
            payments(kiosk);
        }
        List<OutboxEntry> outbox = kiosk.composition().submissions().outbox().entries();
        List<String> atBackend = new ArrayList<>();
        if (reachable) {
            for (String key : citizens.keys()) {
                CallOutcome<Filings> found = lookupFilings(kiosk, citizens.card(key).idNumber());
                if (found.isOk()) {
                    found.orElseThrow().filings().forEach(filing -> atBackend.add(filing.submissionId()));
                } else {
                    report(currentStep, "the backend did not list the filings of one card: " + found);
                }
            }
        }
        Map<String, Boolean> told = new LinkedHashMap<>();
        witness.filings().forEach((number, said) -> told.put(number, said.printed()));
        List<Optional<String>> printed = new ArrayList<>(ReceiptBarcodes.read(KioskDevices.paperOf(data).resolve("receipts")).stream()
                .map(ReceiptBarcodes.Receipt::trackingNumber).toList());
        receiptsBeforeRestarts.forEach(number -> printed.add(Optional.of(number)));
        new FilingsReachBackendOnce().check(new FilingsReachBackendOnce.Evidence(printed, told, outbox, atBackend,
                reachable), what -> report(currentStep, what), setAside::add);

        kiosk.close();
        try {
            new JournalHoldsTheDay().check(JournalHoldsTheDay.Evidence.read(data, traces.ofEveryCitizen(),
                    witness.filings().keySet()), what -> report(currentStep, what));
        } catch (SQLException e) {
            report(currentStep, "the audit journal cannot be read: " + e.getMessage());
        }
        List<LedgerEntry> ledger;
        try (IssuanceLedger opened = IssuanceLedger.open(data, Clock.systemUTC(), ZoneId.systemDefault())) {
            ledger = opened.entries();
        }
        LookupKey key = LookupKey.openOrCreate(KioskSettings.keyDirectoryOf(data));
        List<String> kept = new ArrayList<>();
        Path tray = KioskDevices.paperOf(data).resolve("certificates");
        if (Files.isDirectory(tray)) {
            try (Stream<Path> jobs = Files.list(tray)) {
                jobs.map(job -> job.getFileName().toString()).filter(name -> name.endsWith(".pdf")).forEach(kept::add);
            }
        }
        Map<String, String> screenSaid = new LinkedHashMap<>();
        witness.certificates().forEach((code, said) -> screenSaid.put(code, said.card()));
        new CertificatesPrintedForHolder().check(new CertificatesPrintedForHolder.Evidence(ledger, kept, screenSaid,
                card -> citizens.keys().contains(card)
                        ? Optional.of(key.applicantKey(citizens.card(card).idNumber())) : Optional.empty()),
                what -> report(currentStep, what));
    }

    private void report(String stepName, String what) {
        violations++;
        onViolation.accept(new Violation(options.seed(), session, steps, stepName + ": " + what));
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory the system cleans up in time
        }
    }
}
