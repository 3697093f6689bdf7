package org.onetrip.kiosk.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.config.catalog.ServiceCatalog;
import org.onetrip.devices.idcard.sam.SamIdCardReader;
import org.onetrip.devices.idcard.sam.SamReaderTimeouts;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.devices.idcard.sim.SamReaderSimulator;
import org.onetrip.kiosk.identity.CardIdentification;
import org.onetrip.kiosk.progress.ProgressStage;
import org.onetrip.kiosk.session.SessionTimeouts;
import org.onetrip.kiosk.shell.Journey;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.shell.Language;
import org.onetrip.kiosk.submission.Applicant;
import org.onetrip.kiosk.submission.FilingOutcome;
import org.onetrip.kiosk.submission.FilingRequest;
import org.onetrip.kiosk.submission.ScannedMaterial;
import org.onetrip.kiosk.submission.SubmissionRuntime;
import org.onetrip.kiosk.testsupport.KioskUnderTest;
import org.onetrip.kiosk.testsupport.OutboxWatch;
import org.onetrip.kiosk.testsupport.RunningBackend;
import org.onetrip.kiosk.time.ManualTime;
import org.onetrip.kiosk.time.SessionTime;

/**
 * "Check my progress" with the real pieces: the SAM reader simulator on a pseudo-terminal,
 * the outbox delivering to the reference backend on loopback, and the shipped catalog.
 */
class ProgressJourneyTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Applicant ZHANG_WEI = new Applicant("110101198503121239", "张伟", Optional.empty());

    @TempDir
    Path dir;

    private final ServiceCatalog catalog = new ConfigurationLoader().load(Path.of("../conf")).catalog();
    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T14:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private RunningBackend backend;
    private SubmissionRuntime submissions;
    private SamReaderSimulator simulator;
    private SamIdCardReader reader;
    private KioskShell shell;
    private CardIdentification identification;
    private ProgressJourney journey;

    @BeforeEach
    void setUp() throws Exception {
        backend = new RunningBackend(dir.resolve("backend"));
        submissions = SubmissionRuntime.start(KioskUnderTest.options(dir.resolve("kiosk"), backend.connection(Duration.ofSeconds(5))));
        simulator = SamReaderSimulator.onPseudoTerminal(Optional.empty(), IdentityDeck.standard(), 0);
        reader = SamIdCardReader.overSerial(simulator.address(), 115_200, SamReaderTimeouts.defaults(), Clock.systemUTC());
        shell = new KioskShell(new SessionTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(20)), Language.ZH_CN,
                time.clock(), time);
        identification = new CardIdentification(reader, shell, new SessionTime(time.clock(), time), Duration.ofSeconds(30));
        journey = new ProgressJourney(shell, identification, submissions.progress(), catalog, io);
    }

    @AfterEach
    void tearDown() {
        journey.close();
        identification.close();
        reader.close();
        simulator.close();
        submissions.close();
        backend.close();
        io.shutdownNow();
    }

    private void file(String matterCode) throws Exception {
        FilingOutcome outcome = submissions.desk().file(new FilingRequest(List.of(matterCode), Optional.empty(),
                Map.of("reason", "遗失"), ZHANG_WEI,
                List.of(new ScannedMaterial("ID_PHOTO", "photo.pdf", 1, "%PDF-1.7 scan".getBytes(StandardCharsets.US_ASCII))),
                List.of(), List.of(), Instant.parse("2026-11-21T13:00:00Z")));
        assertThat(outcome).isInstanceOf(FilingOutcome.Filed.class);
    }

    private ProgressView.Filings citizenChecksProgress() {
        shell.touch();
        shell.openJourney(Journey.CHECK_PROGRESS);
        simulator.placeCard("zhang-wei");
        return (ProgressView.Filings) await(view -> view instanceof ProgressView.Filings);
    }

    @Test
    void theCitizenSeesTheirFilingByNameWithItsState() throws Exception {
        file("GAJ-SFZBL");
        try (OutboxWatch watch = new OutboxWatch(submissions.outbox())) {
            assertThat(watch.awaitDrained(WAIT)).isTrue();
        }

        ProgressView.Filings shown = citizenChecksProgress();

        assertThat(shown.onlyThisKiosk()).isFalse();
        assertThat(shown.rows()).singleElement().satisfies(row -> {
            assertThat(row.what()).extracting(text -> text.zh()).containsExactly("居民身份证遗失补领");
            assertThat(row.stage()).isEqualTo(ProgressStage.RECEIVED);
            assertThat(row.number()).startsWith("SZ");
            assertThat(row.promisedDate()).isPresent();
        });
    }

    @Test
    void withTheBackendDownTheKiosksOwnFilingsAreShownAsBeingSent() throws Exception {
        backend.backend().goDown();
        file("GAJ-JZZSL");

        ProgressView.Filings shown = citizenChecksProgress();

        assertThat(shown.onlyThisKiosk()).isTrue();
        assertThat(shown.rows()).singleElement().satisfies(row -> {
            assertThat(row.stage()).isEqualTo(ProgressStage.SENDING);
            assertThat(row.what()).extracting(text -> text.en()).containsExactly("Application for a residence permit");
        });
    }

    @Test
    void whatWasShownIsForgottenWhenTheSessionEnds() throws Exception {
        citizenChecksProgress();

        shell.finish();

        assertThat(journey.view().get()).isInstanceOf(ProgressView.NotYet.class);
    }

    private ProgressView await(Predicate<ProgressView> wanted) {
        CompletableFuture<ProgressView> reached = new CompletableFuture<>();
        var subscription = journey.view().subscribe(view -> {
            if (wanted.test(view)) {
                reached.complete(view);
            }
        });
        try {
            if (wanted.test(journey.view().get())) {
                return journey.view().get();
            }
            return reached.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("the progress journey did not get there; it shows " + journey.view().get(), e);
        } finally {
            subscription.cancel();
        }
    }
}
