package org.onetrip.ui;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.onetrip.config.Configuration;
import org.onetrip.config.KioskSettings;
import org.onetrip.devices.idcard.sim.SamReaderSimulator;
import org.onetrip.devices.receipt.ReceiptPrinter;
import org.onetrip.devices.receipt.sim.ReceiptPrinterSimulator;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.health.DiagnosticRun;
import org.onetrip.kiosk.health.HealthSnapshot;
import org.onetrip.kiosk.health.HeartbeatSender;
import org.onetrip.kiosk.health.JournalAnchoring;
import org.onetrip.kiosk.health.PrometheusExporter;
import org.onetrip.kiosk.health.SystemdNotifier;
import org.onetrip.kiosk.health.SystemdWatchdog;
import org.onetrip.config.devices.DeviceRole;
import org.onetrip.config.devices.RoleOptions;
import org.onetrip.devices.scanner.DocumentScanner;
import org.onetrip.devices.printer.sim.IppPrinterSimulator;
import org.onetrip.devices.scanner.sim.EsclScannerSimulator;
import org.onetrip.devices.scanner.ScanColorMode;
import org.onetrip.devices.scanner.ScanRequest;
import org.onetrip.devices.scanner.ScanSource;
import org.onetrip.devices.scanner.image.PageInspector;
import org.onetrip.devices.scanner.image.PageStandard;
import org.onetrip.kiosk.identity.CardIdentification;
import org.onetrip.kiosk.keys.IdentityKeyException;
import org.onetrip.kiosk.keys.IdentityKeySettings;
import org.onetrip.kiosk.keys.KeyFileException;
import org.onetrip.kiosk.keys.KioskIdentityKey;
import org.onetrip.kiosk.observable.Value;
import org.onetrip.kiosk.issuance.CertificateDesk;
import org.onetrip.kiosk.filing.FilingJourney;
import org.onetrip.kiosk.filing.FilingReceipts;
import org.onetrip.kiosk.filing.LicenceFetch;
import org.onetrip.kiosk.filing.RatingDesk;
import org.onetrip.kiosk.journey.CertificateJourney;
import org.onetrip.kiosk.journey.MatterChooser;
import org.onetrip.kiosk.journal.JournalEvent;
import org.onetrip.kiosk.journal.JournalWriter;
import org.onetrip.kiosk.maintenance.AuditJournal;
import org.onetrip.kiosk.maintenance.ChainVerdict;
import org.onetrip.kiosk.maintenance.LogFiles;
import org.onetrip.kiosk.maintenance.MaintenanceConsole;
import org.onetrip.kiosk.maintenance.MaintenanceEntry;
import org.onetrip.kiosk.maintenance.PinCheck;
import org.onetrip.kiosk.maintenance.SecretGesture;
import org.onetrip.kiosk.maintenance.VersionInfo;
import org.onetrip.kiosk.material.MaterialDesk;
import org.onetrip.kiosk.material.MaterialScanning;
import org.onetrip.kiosk.journey.ProgressJourney;
import org.onetrip.kiosk.privacy.PersonalDataMasker;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.outbox.SetAsideRule;
import org.onetrip.kiosk.submission.SubmissionRuntime;
import org.onetrip.kiosk.supervision.CounterStore;
import org.onetrip.kiosk.supervision.DeviceSupervisor;
import org.onetrip.kiosk.supervision.RestartBetweenSessions;
import org.onetrip.kiosk.supervision.SubmissionCounting;
import org.onetrip.kiosk.supervision.SupervisionSettings;
import org.onetrip.kiosk.time.ExecutorScheduler;
import org.onetrip.kiosk.time.SessionTime;
import org.onetrip.kiosk.reminder.CardLeftBehind;
import org.onetrip.kiosk.voice.SpeakerChoice;
import org.onetrip.kiosk.voice.VoiceGuidance;
import org.onetrip.kiosk.input.ChineseInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of a running kiosk: turns a validated configuration into the core
 * services, their presentation models and the window over them. Everything is built here, by
 * constructor, once; nothing is looked up globally.
 */
public final class KioskComposition implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KioskComposition.class);
    private static final float JPEG_QUALITY = 0.75f;

    private final ShellSettings shellSettings;
    private final Clock clock;
    private final ScheduledExecutorService sessionTimers;
    private final ScheduledExecutorService backgroundTimers;
    private final ScheduledExecutorService heartbeats;
    private final KioskShell shell;
    private final Path dataDirectory;
    private final KioskDevices devices;
    private final Optional<KioskIdentityKey> identityKey;
    private final Optional<CardIdentification> identification;
    private final SubmissionRuntime submissions;
    private final ExecutorService io;
    private final Optional<ProgressJourney> progress;
    private final MatterChooser chooser;
    private final Optional<CertificateIssuanceAssembly> certificates;
    private final MaterialDesk materials;
    private final PinCheck pins;
    private final AuditJournal audit;
    private final JournalWriter journal;
    private final MaintenanceModels maintenance;
    private final Optional<CertificateJourney> certificateJourney;
    private final Optional<FilingJourney> filingJourney;
    private final RatingDesk ratings;
    private final CounterStore counters;
    private final DeviceSupervisor supervisor;
    private final List<AutoCloseable> watches = new CopyOnWriteArrayList<>();
    private final HeartbeatSender heartbeat;
    private final VoiceGuidance voice;
    private final Optional<CardLeftBehind> cardLeftBehind;
    private final ChineseInput chineseInput;
    private final PaymentAssembly payments;
    private volatile boolean startedJavaFx;

    /**
     * @param configuration a configuration that passed validation
     * @param configDirectory where the configuration was read from, shown to technicians
     * @param dataDirectory where the kiosk keeps what it must not lose (the configured one, or
     *     the launcher's override)
     * @param kioskMode full screen with no way out; {@code false} for a development window
     * @param clock the kiosk's time
     */
    public KioskComposition(Configuration configuration, Path configDirectory, Path dataDirectory, boolean kioskMode,
            Clock clock) {
        this(configuration, configDirectory, dataDirectory, kioskMode, clock, null);
    }

    /**
     * A kiosk whose sessions run on the given time, for exercising it with time that moves only
     * when told to; everything else runs on {@code anyZoneClock} and wall time.
     *
     * @param anyZoneClock the kiosk's time; shown and printed in the hall's configured zone
     * @param sessionTime the session time-outs, the card-away grace and the take-your-card
     *     reminder run on this; {@code null} for their own thread on {@code clock}
     */
    public KioskComposition(Configuration configuration, Path configDirectory, Path dataDirectory, boolean kioskMode,
            Clock anyZoneClock, SessionTime sessionTime) {
        Objects.requireNonNull(configuration, "configuration");
        this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
        KioskSettings kiosk = configuration.kiosk();
        // every time the kiosk shows or prints is in the hall's zone, whatever the machine's is
        this.clock = Objects.requireNonNull(anyZoneClock, "clock").withZone(kiosk.hall().timeZone());
        this.shellSettings = new ShellSettings(kioskMode,
                kiosk.identity().hallName().zh(), kiosk.identity().hallName().en(),
                kiosk.locales().defaultLocale(),
                kiosk.timeouts().inactivity(), kiosk.timeouts().warning());
        // sessions end on time whatever the devices and the network do: their timers have a
        // thread of their own, and heartbeats, probes and the watchdog wait elsewhere
        this.sessionTimers = Executors.newSingleThreadScheduledExecutor(daemon("kiosk-session-timers"));
        this.backgroundTimers = Executors.newSingleThreadScheduledExecutor(daemon("kiosk-background-timers"));
        // a heartbeat blocks for up to the backend's time-out; device probes must not wait behind it
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(daemon("kiosk-heartbeat"));
        SessionTime session = sessionTime != null ? sessionTime
                : new SessionTime(clock, new ExecutorScheduler(sessionTimers));
        this.shell = new KioskShell(shellSettings.sessionTimeouts(), shellSettings.defaultLanguage(), session.clock(),
                session.scheduler());
        this.devices = new KioskDevices(kiosk, dataDirectory, clock);
        this.identification = devices.idCardReader().map(reader -> new CardIdentification(reader, shell, session,
                kiosk.timeouts().cardAway()));
        // every call to the backend shows the certificate the kiosk enrolled with (./onetrip enrol)
        this.identityKey = enrolledIdentity(dataDirectory);
        BackendConnection backend = BackendConnection.from(kiosk, identityKey);
        // the delivery worker starts at once and drains whatever an earlier run left queued
        this.submissions = SubmissionRuntime.start(SubmissionRuntime.Options
                .defaults(dataDirectory, KioskSettings.keyDirectoryOf(dataDirectory),
                        Set.copyOf(kiosk.backend().sealingKeys()), backend)
                .withZone(kiosk.hall().timeZone())
                .withSetAside(new SetAsideRule(kiosk.backend().setAside())));
        // journeys wait on the network and the disk here, never on the screen's thread
        this.io = Executors.newFixedThreadPool(2, daemon("kiosk-journeys"));
        this.progress = identification.map(card ->
                new ProgressJourney(shell, card, submissions.progress(), configuration.catalog(), io));
        this.chooser = new MatterChooser(configuration.catalog());
        // scanned pages are checked and normalised to the configured resolution, spooled on disk
        int dpi = kiosk.device(DeviceRole.SCANNER).map(device -> ((RoleOptions.ScannerOptions) device.options()).resolutionDpi())
                .orElse(RoleOptions.ScannerOptions.DEFAULT_RESOLUTION_DPI);
        this.materials = new MaterialDesk(configuration.catalog(), new PageInspector(new PageStandard(dpi, JPEG_QUALITY)),
                dataDirectory.resolve("materials"), MaterialDesk.memoryScratch(dataDirectory), clock,
                kiosk.hall().calendar(), io);
        // whatever a crash or power cut left of a session's pages goes before the first citizen comes
        materials.sweepLeftovers();
        // the electronic journal: checked whole at start, then every session's end, filing, print, device
        // fault and technician action in it; its head goes to the backend with every heartbeat
        this.audit = AuditJournal.open(dataDirectory, clock);
        ChainVerdict atStart = audit.verify();
        if (atStart.intact()) {
            log.info("audit journal {}", atStart.describe());
        } else {
            log.error("audit journal {}", atStart.describe());
        }
        this.journal = new JournalWriter(audit);
        journal.note(new JournalEvent.KioskStarted(atStart));
        watches.add(journal.follow(shell)::cancel);
        // before supervision starts, so that the journal sees every device's first answer
        journal.follow(devices.supervised());
        // certificates: what an earlier run left at the printer is settled at start-up, into the journal
        this.certificates = identification.flatMap(cards -> devices.certificatePrinter().map(printer ->
                new CertificateIssuanceAssembly(configuration, dataDirectory, submissions.client(),
                        submissions.lookupKey(), printer, shell, cards, audit, clock)));

        // supervision: every device watched, what the kiosk offers follows their states
        this.counters = CounterStore.open(dataDirectory, clock);
        counters.recordStart();
        ExecutorScheduler scheduler = new ExecutorScheduler(backgroundTimers);
        this.supervisor = new DeviceSupervisor(devices.supervised(), SupervisionSettings.standard(new SecureRandom()), counters,
                scheduler);
        supervisor.start();
        watches.add(supervisor.drive(shell)::cancel);
        watches.add(SubmissionCounting.follow(submissions.outbox(), counters)::cancel);
        // maintenance: the hidden entry, and the PIN lockout kept in the audit journal
        this.pins = PinCheck.open(kiosk.maintenance(), audit, clock);
        // too many wrong PINs take the kiosk out of service until a technician card or a remote unlock
        watches.add(supervisor.followLockout(pins.outOfService())::cancel);
        this.heartbeat = new HeartbeatSender(submissions.client(), () -> HealthSnapshot.take(supervisor, counters, clock),
                new JournalAnchoring(audit, atStart), new ExecutorScheduler(heartbeats), Duration.ofMinutes(1),
                UUID::randomUUID, unlock -> pins.unlockRemotely(unlock.unlockId()));
        heartbeat.start();
        PrometheusExporter.startIfEnabled(kiosk.health().metricsPort(),
                () -> HealthSnapshot.take(supervisor, counters, clock)).ifPresent(watches::add);

        MaintenanceEntry entry = new MaintenanceEntry(kiosk.maintenance(), SecretGesture.standard(), pins, audit, journal);
        // technician cards arrive through the ID card step's one watch of the reader
        identification.ifPresent(cards -> watches.add(cards.followCards(entry::cardEvent)::cancel));
        MaintenanceConsole console = new MaintenanceConsole(entry, supervisor, counters,
                new DiagnosticRun(devices.supervised(), DiagnosticRun.DEFAULT_TIMEOUT), submissions.outbox(),
                submissions.worker()::wake,
                new LogFiles(dataDirectory.resolve("logs"), new PersonalDataMasker()::mask, kiosk.identity().id(), clock),
                VersionInfo.of(configuration, configDirectory), audit);
        this.maintenance = new MaintenanceModels(entry, console, io);
        this.certificateJourney = identification.flatMap(cards -> certificates.map(assembly ->
                new CertificateJourney(shell, cards, assembly.desk(), io, journal)));
        // a rating the backend cannot take now is kept, and sent for up to a week, across restarts
        this.ratings = RatingDesk.open(submissions.client(), dataDirectory, scheduler, io, clock, Duration.ofDays(7));
        this.filingJourney = identification.map(cards -> new FilingJourney(shell, cards, configuration.catalog(),
                filingServices(configuration, dpi, scheduler), io, clock));
        // voice guidance through the configured speech program, espeak-ng, or a silent log
        this.voice = new VoiceGuidance(SpeakerChoice.fromEnvironment().choose(kiosk.voice().command()), shell);
        this.cardLeftBehind = identification.map(cards -> new CardLeftBehind(shell, cards.cardOnReader(),
                session.scheduler(), CardLeftBehind.DEFAULT_LIMIT));
        // payments: payments.db beside the other stores, the platform at /pay/v1/ on the backend's host
        // over the same certificate; its worker finishes what an earlier run left open. No code
        // scanner is configured yet, so the QR on screen is the way to pay
        this.payments = new PaymentAssembly(dataDirectory, backend, Optional.empty(), devices.receiptPrinter(), io,
                kiosk.identity().hallName().zh(), clock, kiosk.hall().timeZone());
        // every visit to the filing journey starts choosing afresh, whoever comes next
        shell.visit().subscribe(visit -> chooser.reset());
        // pinyin and handwriting engines deploy on their own threads while the kiosk starts
        this.chineseInput = ChineseInput.start(dataDirectory.resolve("input").resolve("rime"));
        chineseInput.ready().exceptionally(failure -> {
            if (!(failure.getCause() instanceof java.util.concurrent.RejectedExecutionException)) {
                log.error("Chinese input is unavailable: {}", failure.getMessage());
            }
            return null;
        });
    }

    /**
     * The kiosk's identity key when it was created (by enrolment); a kiosk that cannot open it
     * still takes filings into its outbox, and delivers them once it can.
     */
    private static Optional<KioskIdentityKey> enrolledIdentity(Path dataDirectory) {
        if (!KioskIdentityKey.isCreatedIn(IdentityKeySettings.keyDirectory(dataDirectory))) {
            log.warn("this kiosk is not enrolled: the backend will refuse its calls until a technician runs"
                    + " ./onetrip enrol --code CODE");
            return Optional.empty();
        }
        try {
            KioskIdentityKey key = KioskIdentityKey.open(IdentityKeySettings.forKiosk(dataDirectory, System.getenv()));
            log.info("{}; certificate {}", key.description(), key.certificateChain()
                    .map(chain -> "valid until " + chain.get(0).getNotAfter().toInstant()).orElse("not issued yet"));
            return Optional.of(key);
        } catch (IdentityKeyException | KeyFileException | IllegalArgumentException e) {
            log.error("cannot open the kiosk's identity key; the backend will refuse its calls", e);
            return Optional.empty();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private FilingJourney.Services filingServices(Configuration configuration, int dpi, ExecutorScheduler scheduler) {
        KioskSettings kiosk = configuration.kiosk();
        String progressUrl = kiosk.identity().progressUrl()
                .orElse(kiosk.backend().url().resolve("/progress").toString());
        ZoneId zone = submissions.zone();
        return new FilingJourney.Services(materials,
                devices.scanner().map(scanner -> new MaterialScanning(scanner, io)),
                ScanRequest.jpeg(ScanSource.FEEDER, dpi, ScanColorMode.COLOR),
                new LicenceFetch(submissions.client(), clock), submissions.desk(),
                devices.receiptPrinter().map(printer -> new FilingReceipts(printer, kiosk.identity().hallName().zh(),
                        progressUrl, zone)),
                ratings, supervisor.offer(),
                kiosk.hall().calendar(), journal);
    }

    public KioskShell shell() {
        return shell;
    }

    /** The kiosk's time, in the hall's zone: what the screens show and the receipts print. */
    public Clock clock() {
        return clock;
    }

    /** The receipt printer, if the kiosk has one. */
    public Optional<ReceiptPrinter> receiptPrinter() {
        return devices.receiptPrinter();
    }

    /** Every device's state, counters and self-test; what the kiosk offers. */
    public DeviceSupervisor supervisor() {
        return supervisor;
    }

    /** The sealed journal of technician actions, sessions' outcomes and device faults. */
    public AuditJournal maintenanceAudit() {
        return audit;
    }

    /** Materials: checklists, scanned pages, one PDF per material. */
    public MaterialDesk materials() {
        return materials;
    }

    /** The scanner, if the kiosk has one. */
    public Optional<DocumentScanner> scanner() {
        return devices.scanner();
    }

    /** Issuing and printing certificates, when the kiosk has a certificate printer. */
    public Optional<CertificateDesk> certificateDesk() {
        return certificates.map(CertificateIssuanceAssembly::desk);
    }

    /** What the screens bind to. */
    public KioskModels models() {
        KioskModels idle = KioskModels.shellOnly(shell);
        return new KioskModels(shell,
                identification.map(CardIdentification::state).orElse(idle.identification()),
                progress.map(ProgressJourney::view).orElse(idle.progress()), Optional.of(chooser),
                Optional.of(maintenance), certificateJourney, voice, cardLeftBehind, filingJourney,
                identification.map(CardIdentification::away).orElse(new Value<>(Optional.empty())),
                Optional.of(chineseInput), Optional.of(payments::newJourney));
    }

    /** The orders of payments at this kiosk, as payments.db keeps them. */
    public org.onetrip.kiosk.payment.PaymentLedger paymentLedger() {
        return payments.ledger();
    }

    /** Voice guidance, for screens and journey steps to announce their instructions. */
    public VoiceGuidance voice() {
        return voice;
    }

    /** Filing, the outbox and its delivery, and progress lookup. */
    public SubmissionRuntime submissions() {
        return submissions;
    }

    /** The simulator behind a simulated receipt printer: its paper can run out. */
    public Optional<ReceiptPrinterSimulator> receiptPrinterSimulator() {
        return devices.receiptPrinterSimulator();
    }

    /** The simulator behind a simulated certificate printer: its faults can be steered. */
    public Optional<IppPrinterSimulator> certificatePrinterSimulator() {
        return devices.certificatePrinterSimulator();
    }

    /** The simulator behind a simulated scanner, for the demo's console: it loads the feeder. */
    public Optional<EsclScannerSimulator> scannerSimulator() {
        return devices.scannerSimulator();
    }

    /** The simulator behind a simulated ID card reader, for the demo's console. */
    public Optional<SamReaderSimulator> idCardSimulator() {
        return devices.idCardSimulator();
    }

    /**
     * Starts JavaFX and opens the kiosk window. Returns at once; the future completes when the
     * window is closed (a development window can be; the kiosk-mode window refuses).
     */
    public CompletableFuture<Void> open() {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        try {
            Platform.startup(() -> {
                try {
                    Stage stage = new Stage();
                    stage.setOnHiding(hiding -> closed.complete(null));
                    new KioskWindow(models(), shellSettings, clock).show(stage);
                    log.info("kiosk window open ({} mode)", shellSettings.kioskMode() ? "kiosk" : "windowed");
                    tellSystemdWeAreUp(closed);
                } catch (RuntimeException e) {
                    closed.completeExceptionally(new WindowUnavailableException(e));
                }
            });
            startedJavaFx = true;
        } catch (RuntimeException | LinkageError e) {
            // JavaFX did not start (no display, no GTK 3): Platform.exit would wait for ever, so it is not called
            closed.completeExceptionally(new WindowUnavailableException(e));
        }
        return closed;
    }

    /** The kiosk window could not open: no display, or JavaFX's GTK 3 libraries are missing. */
    public static final class WindowUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WindowUnavailableException(Throwable cause) {
            super("the kiosk window cannot open (" + cause + "); it needs a display (DISPLAY or WAYLAND_DISPLAY)"
                    + " and GTK 3 (Debian: apt-get install libgtk-3-0)", cause);
        }
    }

    /**
     * Under systemd: ready, a watchdog that pings only while the screen answers, and a restart when
     * asked (nightly, or for a new release) once no session is active: the kiosk ends, systemd
     * starts it again.
     */
    private void tellSystemdWeAreUp(CompletableFuture<Void> closed) {
        SystemdNotifier.fromEnvironment(System.getenv()).ifPresent(notifier -> {
            notifier.ready();
            RestartBetweenSessions restart = new RestartBetweenSessions(dataDirectory, shell.sessionState(),
                    new ExecutorScheduler(backgroundTimers), Duration.ofSeconds(30), () -> closed.complete(null));
            restart.start();
            watches.add(restart);
            SystemdNotifier.watchdogInterval(System.getenv(), ProcessHandle.current().pid()).ifPresent(every -> {
                ScreenLiveness screen = new ScreenLiveness(clock, Duration.ofSeconds(10));
                SystemdWatchdog watchdog = new SystemdWatchdog(notifier, screen::alive,
                        new ExecutorScheduler(backgroundTimers), every);
                watchdog.start();
                watches.add(watchdog);
            });
            watches.add(notifier::stopping);
        });
    }

    @Override
    public void close() {
        heartbeat.close();
        for (AutoCloseable watch : watches) {
            try {
                watch.close();
            } catch (Exception e) {
                log.warn("could not stop watching", e);
            }
        }
        supervisor.close();
        certificateJourney.ifPresent(CertificateJourney::close);
        progress.ifPresent(ProgressJourney::close);
        certificates.ifPresent(CertificateIssuanceAssembly::close);
        cardLeftBehind.ifPresent(CardLeftBehind::close);
        voice.close();
        chineseInput.close();
        identification.ifPresent(CardIdentification::close);
        payments.close();
        devices.close();
        submissions.close();
        io.shutdownNow();
        materials.close();
        ratings.close();
        journal.note(new JournalEvent.KioskStopped());
        journal.close();
        audit.close();
        counters.recordStop();
        counters.close();
        identityKey.ifPresent(KioskIdentityKey::close);
        heartbeats.shutdownNow();
        backgroundTimers.shutdownNow();
        sessionTimers.shutdownNow();
        if (startedJavaFx) {
            Platform.exit();
        }
    }
}
