package org.onetrip.kiosk.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.kiosk.testsupport.RunningBackend;
import org.onetrip.kiosk.time.ManualTime;

/**
 * The approval system's side of filing: electronic licences fetched with the citizen's consent,
 * and ratings that reach it even when it was down when the citizen rated.
 */
class RatingAndLicenceTest {

    private static final String LI_XIUYING = "310104195211082461";

    @TempDir
    Path dir;

    private RunningBackend running;
    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T15:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @BeforeEach
    void start() {
        running = new RunningBackend(dir.resolve("backend"));
    }

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void aHeldLicenceArrivesAsACheckedPdfAndTheConsentIsRecorded() throws SQLException {
        LicenceFetch licences = new LicenceFetch(running.client(), Clock.systemUTC());

        LicenceOutcome outcome = licences.fetch("HOUSEHOLD_REGISTER", LI_XIUYING, "session-1");

        assertThat(outcome).isInstanceOf(LicenceOutcome.Fetched.class);
        byte[] pdf = ((LicenceOutcome.Fetched) outcome).licence().pdf();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(rows("SELECT licence_type FROM consents")).containsExactly("HOUSEHOLD_REGISTER");
    }

    @Test
    void aLicenceNotHeldOrAnUnknownTypeSaysScanThePaperOne() {
        LicenceFetch licences = new LicenceFetch(running.client(), Clock.systemUTC());

        assertThat(licences.fetch("BUSINESS_LICENCE", LI_XIUYING, "session-1")).isInstanceOf(LicenceOutcome.NotHeld.class);
        assertThat(licences.fetch("VEHICLE_PURCHASE_TAX", LI_XIUYING, "session-1"))
                .isInstanceOf(LicenceOutcome.Unavailable.class);
        running.backend().goDown();
        assertThat(licences.fetch("HOUSEHOLD_REGISTER", LI_XIUYING, "session-1"))
                .isInstanceOf(LicenceOutcome.Unavailable.class);
    }

    @Test
    void aRatingGivenWhileTheBackendIsDownArrivesOnceItIsBack() throws SQLException {
        RatingDesk ratings = RatingDesk.open(running.client(), dir.resolve("kiosk"), time, Runnable::run, time.clock(),
                Duration.ofHours(1));
        running.backend().goDown();

        ratings.rate("sub-00000042", 5, List.of(RatingReason.EASY_TO_USE, RatingReason.QUICK));
        assertThat(time.pendingTasks()).as("a retry is waiting").isEqualTo(1);

        running.backend().comeUp();
        time.advance(Duration.ofSeconds(5));

        assertThat(rows("SELECT subject || ' ' || score || ' ' || reason_codes FROM ratings"))
                .containsExactly("submission:sub-00000042 5 EASY_TO_USE,QUICK");
        assertThat(time.pendingTasks()).isZero();
    }

    @Test
    void aRatingTheBackendCouldNotTakeSurvivesARestartAndArrivesOnce() throws SQLException {
        RatingDesk before = RatingDesk.open(running.client(), dir.resolve("kiosk"), time, Runnable::run, time.clock(),
                Duration.ofHours(1));
        running.backend().goDown();
        before.rate("sub-00000044", 4, List.of(RatingReason.QUICK));
        before.close();

        running.backend().comeUp();
        ManualTime afterRestart = new ManualTime(time.now(), ZoneId.of("Asia/Shanghai"));
        RatingDesk after = RatingDesk.open(running.client(), dir.resolve("kiosk"), afterRestart, Runnable::run,
                afterRestart.clock(), Duration.ofHours(1));

        assertThat(rows("SELECT subject || ' ' || score FROM ratings")).containsExactly("submission:sub-00000044 4");
        after.close();
        RatingDesk again = RatingDesk.open(running.client(), dir.resolve("kiosk"), afterRestart, Runnable::run,
                afterRestart.clock(), Duration.ofHours(1));
        assertThat(rows("SELECT score FROM ratings")).as("delivered ones are not sent again").hasSize(1);
        again.close();
    }

    @Test
    void aRatingThatCannotBeDeliveredWithinTheHourIsDropped() throws SQLException {
        RatingDesk ratings = RatingDesk.open(running.client(), dir.resolve("kiosk"), time, Runnable::run, time.clock(),
                Duration.ofMinutes(1));
        running.backend().goDown();

        ratings.rate("sub-00000043", 2, List.of(RatingReason.TOO_SLOW));
        for (int i = 0; i < 10; i++) {
            time.advance(Duration.ofMinutes(1));
        }

        assertThat(time.pendingTasks()).isZero();
        running.backend().comeUp();
        assertThat(rows("SELECT score FROM ratings")).isEmpty();
    }

    private List<String> rows(String query) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("backend").resolve("backend.db"));
             ResultSet result = db.createStatement().executeQuery(query)) {
            while (result.next()) {
                found.add(result.getString(1));
            }
        }
        return found;
    }
}
