package org.onetrip.day;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.onetrip.kiosk.issuance.LedgerEntry;

/**
 * Every certificate counted as issued was printed, for the card holder present: each printed entry
 * of the issuance ledger has a job the simulated printer kept, and the screen said it printed while
 * the card whose holder the ledger names was on the reader. And each certificate the screen said
 * printed is counted.
 */
final class CertificatesPrintedForHolder {

    /**
     * What the day gathered at its end.
     *
     * @param ledger     the issuance ledger's entries
     * @param keptJobs   file names of the jobs the printer simulator kept ({@code job-<n>-<name>.pdf})
     * @param screenSaid verification code to the card on the reader when the screen said it printed
     * @param holderKey  the ledger's holder key of a card, by card
     */
    record Evidence(List<LedgerEntry> ledger, List<String> keptJobs, Map<String, String> screenSaid,
                    Function<String, Optional<String>> holderKey) {
    }

    void check(Evidence e, Consumer<String> broken) {
        for (LedgerEntry entry : e.ledger()) {
            if (!entry.state().isPrinted()) {
                continue;
            }
            String code = entry.verificationCode().orElse("");
            if (code.isEmpty()) {
                broken.accept("ledger entry " + entry.id() + " counts a certificate issued with no verification code");
                continue;
            }
            if (e.keptJobs().stream().noneMatch(job -> job.contains("-" + code))) {
                broken.accept("certificate " + code + " is counted as issued but the printer kept no job for it");
            }
            String card = e.screenSaid().get(code);
            if (card == null) {
                broken.accept("certificate " + code + " is counted as issued but the screen never said it printed");
            } else if (!e.holderKey().apply(card).equals(Optional.of(entry.holderKey()))) {
                broken.accept("certificate " + code + " was counted for another holder than the card on the reader ("
                        + card + ")");
            }
        }
        e.screenSaid().forEach((code, card) -> {
            boolean counted = e.ledger().stream().anyMatch(entry -> entry.state().isPrinted()
                    && entry.verificationCode().equals(Optional.of(code)));
            if (!counted) {
                broken.accept("the screen said certificate " + code + " printed, but the ledger does not count it");
            }
        });
    }
}
