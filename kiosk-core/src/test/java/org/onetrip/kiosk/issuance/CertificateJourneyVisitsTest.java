package org.onetrip.kiosk.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.kiosk.issuance.IssuanceRig.HOUSEHOLD;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.kiosk.journal.JournalEvent;
import org.onetrip.kiosk.journey.CertificateJourney;
import org.onetrip.kiosk.journey.CertificateView;
import org.onetrip.kiosk.observable.Subscription;
import org.onetrip.kiosk.shell.Journey;
import org.onetrip.kiosk.testsupport.CardSessions;
import org.onetrip.kiosk.testsupport.ValueWatch;
import org.onetrip.kiosk.testsupport.WatchedExecutor;

/**
 * "Print a certificate" across visits: what one visit showed is gone when the citizen leaves it, and
 * an answer that comes back for a visit already left never shows in the next one. The real shell and
 * card identification over the SAM reader simulator, the desk against the reference backend and the
 * printer simulator.
 */
class CertificateJourneyVisitsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private IssuanceRig rig;
    private CardSessions cards;
    private final WatchedExecutor deskWork = new WatchedExecutor("certificate-desk", 2);
    private final WatchedExecutor io = new WatchedExecutor("certificate-journey", 2);
    private CertificateJourney journey;
    private final List<JournalEvent> journalled = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        rig = new IssuanceRig(dir);
        cards = new CardSessions();
        CertificateDesk desk = rig.desk(SessionBinding.of(cards.shell(), cards.identification()), Duration.ofSeconds(30),
                deskWork);
        journey = new CertificateJourney(cards.shell(), cards.identification(), desk, io, journalled::add);
    }

    @AfterEach
    void stop() {
        journey.close();
        cards.close();
        io.close();
        deskWork.close();
        rig.close();
    }

    private CertificateView await(Class<? extends CertificateView> step, String what) {
        return ValueWatch.await(journey.view(), step::isInstance, WAIT, what);
    }

    @Test
    void leavingTheJourneyForAnotherLeavesItsViewAtNotYet() throws Exception {
        cards.identify("zhang-wei", Journey.PRINT_CERTIFICATE);
        await(CertificateView.Choose.class, "the certificates to choose from");

        cards.shell().back();

        assertThat(journey.view().get()).as("forgotten the moment the journey is left")
                .isInstanceOf(CertificateView.NotYet.class);
        cards.shell().openJourney(Journey.CHECK_PROGRESS);
        io.awaitIdle(WAIT);
        deskWork.awaitIdle(WAIT);
        assertThat(journey.view().get()).as("another journey shows nothing of this one")
                .isInstanceOf(CertificateView.NotYet.class);

        cards.shell().openJourney(Journey.PRINT_CERTIFICATE);
        await(CertificateView.Choose.class, "a fresh list on the next visit");
    }

    @Test
    void aPrintedCertificateIsJournalledByItsTypeAndPagesNeverItsVerificationCode() throws Exception {
        cards.identify("zhang-wei", Journey.PRINT_CERTIFICATE);
        await(CertificateView.Choose.class, "the certificates to choose from");
        journey.choose(HOUSEHOLD);
        await(CertificateView.Preview.class, "page 1 to confirm");

        journey.confirm();

        CertificateView.Printed printed = (CertificateView.Printed) await(CertificateView.Printed.class, "printed");
        assertThat(journalled).singleElement().isEqualTo(new JournalEvent.CertificatePrinted(HOUSEHOLD.code(),
                printed.pages()));
        assertThat(journalled.get(0).detail()).doesNotContain(printed.verificationCode());
    }

    @Test
    void anIssueAnsweredAfterTheJourneyWasLeftIsNotShownOnTheNextVisit() throws Exception {
        CountDownLatch answered = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        rig.tap.rewriteIssueAnswers(json -> {
            answered.countDown();
            try {
                letGo.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return json;
        });
        cards.identify("zhang-wei", Journey.PRINT_CERTIFICATE);
        await(CertificateView.Choose.class, "the certificates to choose from");
        journey.choose(HOUSEHOLD);
        await(CertificateView.Issuing.class, "issuing");
        assertThat(answered.await(30, TimeUnit.SECONDS)).as("the backend answered; the answer is on its way").isTrue();

        cards.shell().back();
        cards.shell().openJourney(Journey.PRINT_CERTIFICATE);
        CertificateView nextVisit = await(CertificateView.Choose.class, "the next visit's list");
        List<CertificateView> shown = new CopyOnWriteArrayList<>();
        Subscription watching = journey.view().subscribe(shown::add);
        letGo.countDown();
        deskWork.awaitIdle(WAIT);
        io.awaitIdle(WAIT);
        watching.cancel();

        assertThat(shown).as("the late certificate is never shown").isEmpty();
        assertThat(journey.view().get()).isSameAs(nextVisit);
        assertThat(rig.ledger.entries()).singleElement().satisfies(entry ->
                assertThat(entry.state().isPrinted()).isFalse());
        journey.confirm();
        assertThat(journey.view().get()).as("nothing to confirm on this visit").isSameAs(nextVisit);
        assertThat(rig.printerSimulator.jobs()).isEmpty();
    }

    @Test
    void aCardSwappedOnTheReaderAtThePreviewForgetsItAndNothingIsPrinted() throws Exception {
        cards.identify("zhang-wei", Journey.PRINT_CERTIFICATE);
        await(CertificateView.Choose.class, "the certificates to choose from");
        journey.choose(HOUSEHOLD);
        await(CertificateView.Preview.class, "page 1 to confirm");

        cards.swapCardTo("wang-fang");

        assertThat(journey.view().get()).isInstanceOf(CertificateView.NotYet.class);
        journey.confirm();
        deskWork.awaitIdle(WAIT);
        io.awaitIdle(WAIT);
        assertThat(journey.view().get()).isInstanceOf(CertificateView.NotYet.class);
        assertThat(rig.printerSimulator.jobs()).as("nothing reached the printer").isEmpty();
        assertThat(journalled).as("nothing printed, nothing journalled as printed").isEmpty();
        cards.identifyCardOnReader(Journey.PRINT_CERTIFICATE);
        CertificateView.Choose theirs = (CertificateView.Choose) await(CertificateView.Choose.class,
                "the next citizen's own list");
        assertThat(theirs.offers()).allSatisfy(offer -> assertThat(offer.printedToday()).isZero());
    }
}
