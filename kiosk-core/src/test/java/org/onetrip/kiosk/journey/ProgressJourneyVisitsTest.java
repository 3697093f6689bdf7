package org.onetrip.kiosk.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.config.catalog.ServiceCatalog;
import org.onetrip.kiosk.backend.ApprovalBackendClient;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.keys.LookupKey;
import org.onetrip.kiosk.observable.Subscription;
import org.onetrip.kiosk.progress.ProgressLookup;
import org.onetrip.kiosk.shell.Journey;
import org.onetrip.kiosk.submission.Applicant;
import org.onetrip.kiosk.submission.FilingOutcome;
import org.onetrip.kiosk.submission.FilingRequest;
import org.onetrip.kiosk.submission.ScannedMaterial;
import org.onetrip.kiosk.submission.SubmissionRuntime;
import org.onetrip.kiosk.testsupport.CardSessions;
import org.onetrip.kiosk.testsupport.HeldBackend;
import org.onetrip.kiosk.testsupport.KioskUnderTest;
import org.onetrip.kiosk.testsupport.RunningBackend;
import org.onetrip.kiosk.testsupport.ValueWatch;
import org.onetrip.kiosk.testsupport.WatchedExecutor;

/**
 * "Check my progress" across visits: the list is gone when the citizen leaves the journey, and a
 * lookup that answers after the journey was left never shows in the next one. The lookup goes to the
 * reference backend through a pass-through that holds its answer until the test lets it go.
 */
class ProgressJourneyVisitsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ZHANG_WEI = "110101198503121239";

    @TempDir
    Path dir;

    private final ServiceCatalog catalog = new ConfigurationLoader().load(Path.of("../conf")).catalog();
    private final WatchedExecutor io = new WatchedExecutor("progress-journey", 2);
    private RunningBackend backend;
    private HeldBackend held;
    private SubmissionRuntime submissions;
    private CardSessions cards;
    private ProgressJourney journey;

    @BeforeEach
    void start() throws Exception {
        backend = new RunningBackend(dir.resolve("backend"));
        held = new HeldBackend(backend.backend().baseUri());
        Path kiosk = dir.resolve("kiosk");
        submissions = SubmissionRuntime.start(KioskUnderTest.options(kiosk, backend.connection(Duration.ofSeconds(5))));
        ProgressLookup lookup = new ProgressLookup(new ApprovalBackendClient(BackendConnection.plain(held.baseUri(),
                RunningBackend.KIOSK_ID, Duration.ofSeconds(10))), submissions.outbox(),
                submissions.lookupKey());
        cards = new CardSessions();
        journey = new ProgressJourney(cards.shell(), cards.identification(), lookup, catalog, io);
        FilingOutcome filed = submissions.desk().file(new FilingRequest(List.of("GAJ-JZZSL"), Optional.empty(),
                Map.of("MOBILE", "13800138000"), new Applicant(ZHANG_WEI, "张伟", Optional.empty()),
                List.of(new ScannedMaterial("ID_PHOTO", "photo.pdf", 1,
                        "%PDF-1.7 scan".getBytes(StandardCharsets.US_ASCII))),
                List.of(), List.of(), Instant.now()));
        assertThat(filed).isInstanceOf(FilingOutcome.Filed.class);
    }

    @AfterEach
    void stop() {
        journey.close();
        cards.close();
        held.close();
        io.close();
        submissions.close();
        backend.close();
    }

    @Test
    void leavingTheJourneyForAnotherLeavesItsViewAtNotYet() throws Exception {
        cards.identify("zhang-wei", Journey.CHECK_PROGRESS);
        ProgressView.Filings shown = (ProgressView.Filings) ValueWatch.await(journey.view(),
                ProgressView.Filings.class::isInstance, WAIT, "the citizen's filings");
        assertThat(shown.rows()).hasSize(1);

        cards.shell().back();

        assertThat(journey.view().get()).as("forgotten the moment the journey is left")
                .isInstanceOf(ProgressView.NotYet.class);
        cards.shell().openJourney(Journey.PRINT_CERTIFICATE);
        io.awaitIdle(WAIT);
        assertThat(journey.view().get()).as("another journey shows nothing of this one")
                .isInstanceOf(ProgressView.NotYet.class);
    }

    @Test
    void aLookupAnsweredAfterTheJourneyWasLeftIsNotShownOnTheNextVisit() throws Exception {
        held.hold("/applicants/filings:lookup");
        cards.identify("zhang-wei", Journey.CHECK_PROGRESS);
        ValueWatch.await(journey.view(), ProgressView.Loading.class::isInstance, WAIT, "looking up");
        assertThat(held.awaitHeld(1, WAIT)).as("the lookup is on its way").isTrue();

        cards.shell().back();
        cards.shell().openJourney(Journey.FILE_APPLICATION);
        List<ProgressView> shown = new CopyOnWriteArrayList<>();
        Subscription watching = journey.view().subscribe(shown::add);
        held.release();
        io.awaitIdle(WAIT);
        watching.cancel();

        assertThat(shown).as("the late list is never shown").isEmpty();
        assertThat(journey.view().get()).isInstanceOf(ProgressView.NotYet.class);

        cards.shell().openJourney(Journey.CHECK_PROGRESS);
        ProgressView.Filings again = (ProgressView.Filings) ValueWatch.await(journey.view(),
                ProgressView.Filings.class::isInstance, WAIT, "the list on a visit of its own");
        assertThat(again.rows()).hasSize(1);
    }

    @Test
    void aCardSwappedOnTheReaderForgetsTheListAndTheNextHolderSeesOnlyTheirOwn() throws Exception {
        cards.identify("zhang-wei", Journey.CHECK_PROGRESS);
        ValueWatch.await(journey.view(), view -> view instanceof ProgressView.Filings f && f.rows().size() == 1, WAIT,
                "the first citizen's filing");

        cards.swapCardTo("wang-fang");

        assertThat(journey.view().get()).isInstanceOf(ProgressView.NotYet.class);
        cards.identifyCardOnReader(Journey.CHECK_PROGRESS);
        ProgressView.Filings theirs = (ProgressView.Filings) ValueWatch.await(journey.view(),
                ProgressView.Filings.class::isInstance, WAIT, "the next citizen's own list");
        assertThat(theirs.rows()).as("nothing of the first citizen").isEmpty();
    }
}
