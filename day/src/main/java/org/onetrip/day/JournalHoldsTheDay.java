package org.onetrip.day;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.onetrip.kiosk.maintenance.AuditJournal;
import org.onetrip.kiosk.maintenance.ChainVerdict;

/**
 * The kiosk's audit journal at the end of the day: it verifies intact, it records every filing a citizen was told
 * of by its tracking number, and it holds nothing of the day's citizens: no name, ID number (in full or masked),
 * address or phone number typed.
 */
final class JournalHoldsTheDay {

    /**
     * What the day gathered at its end.
     *
     * @param verdict  what checking the journal found; empty when there is none
     * @param entries  every entry as one line: actor, action, detail
     * @param personal every citizen's data to look for
     * @param told     the tracking numbers the screen told citizens
     */
    record Evidence(Optional<ChainVerdict> verdict, List<String> entries, List<PersonalTraces.Trace> personal,
                    Set<String> told) {

        /** Reads the journal of a data directory whose kiosk is closed. */
        static Evidence read(Path data, List<PersonalTraces.Trace> personal, Set<String> told) throws SQLException {
            List<String> entries = new ArrayList<>();
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("kiosk.db"));
                 Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("SELECT actor || ' ' || action || ' ' || detail FROM audit ORDER BY seq")) {
                while (rs.next()) {
                    entries.add(rs.getString(1));
                }
            }
            return new Evidence(AuditJournal.inspect(data), entries, personal, told);
        }
    }

    void check(Evidence e, Consumer<String> broken) {
        if (e.verdict().isEmpty()) {
            broken.accept("the kiosk keeps no audit journal");
        } else if (!e.verdict().get().intact()) {
            broken.accept("the audit journal is " + e.verdict().get().describe());
        }
        for (String entry : e.entries()) {
            for (PersonalTraces.Trace trace : e.personal()) {
                if (trace.pattern().matcher(entry).find()) {
                    broken.accept("the audit journal holds a citizen's " + trace.kind() + " (" + trace.shownAs() + ")");
                }
            }
        }
        for (String number : e.told()) {
            Pattern committed = Pattern.compile("FILING_COMMITTED " + Pattern.quote(number) + "\\b");
            if (e.entries().stream().noneMatch(entry -> committed.matcher(entry).find())) {
                broken.accept("filing " + number + " was taken, but the audit journal does not record it");
            }
        }
    }
}
