package org.onetrip.kiosk.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.kiosk.keys.LookupKey;
import org.onetrip.kiosk.time.ManualTime;

class IssuanceLedgerTest {
    private static final String ZHANG_WEI = IssuanceRig.ZHANG_WEI;

    @TempDir
    Path dir;

    /** 23:58 in Shanghai on 21 November. */
    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T15:58:00Z"), IssuanceRig.SHANGHAI);
    private IssuanceLedger ledger;
    private String holder;

    @BeforeEach
    void open() {
        ledger = IssuanceLedger.open(dir, time.clock(), IssuanceRig.SHANGHAI);
        holder = LookupKey.openOrCreate(dir.resolve("keys")).applicantKey(ZHANG_WEI);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private LedgerEntry printedOnce(String issueKey, String type, String code) {
        LedgerEntry entry = ledger.request(issueKey, type, holder);
        ledger.issued(entry.id(), code);
        ledger.rendered(entry.id(), 1);
        ledger.sentToPrinter(entry.id());
        ledger.printed(entry.id());
        return ledger.entry(entry.id()).orElseThrow();
    }

    @Test
    void aPrintedCertificateIsCountedForTheHoldersLocalDayOnly() {
        printedOnce("s1-HOUSEHOLD_REGISTRATION-1", "ZM-HJ", "7K2M-Q9XD-40TB");

        assertThat(ledger.printedToday(holder, "ZM-HJ")).isEqualTo(1);
        assertThat(ledger.printedToday(holder, "ZM-WFZJL")).isZero();
        assertThat(ledger.printedToday("another-holder", "ZM-HJ")).isZero();

        time.advance(Duration.ofMinutes(3));

        assertThat(ledger.printedToday(holder, "ZM-HJ")).isZero();
    }

    @Test
    void aFailedCertificateIsNotCountedAndIsReprintedWithItsCode() {
        LedgerEntry entry = ledger.request("s1-HOUSEHOLD_REGISTRATION-1", "ZM-HJ", holder);
        ledger.issued(entry.id(), "7K2M-Q9XD-40TB");
        ledger.rendered(entry.id(), 2);
        ledger.sentToPrinter(entry.id());
        ledger.failed(entry.id(), "PRINTER:MEDIA_JAM");

        assertThat(ledger.printedToday(holder, "ZM-HJ")).isZero();
        assertThat(ledger.reportsDue()).extracting(LedgerEntry::report).containsExactly(BackendReport.FAILED_DUE);

        ledger.sentToPrinter(entry.id());
        assertThat(ledger.printed(entry.id())).isEqualTo(IssuanceState.REPRINTED);

        LedgerEntry reprinted = ledger.byVerificationCode("7K2M-Q9XD-40TB").orElseThrow();
        assertThat(reprinted.attempts()).isEqualTo(2);
        assertThat(reprinted.pages()).contains(2);
        assertThat(reprinted.report()).isEqualTo(BackendReport.PRINTED_DUE);
        assertThat(ledger.printedToday(holder, "ZM-HJ")).isEqualTo(1);
        assertThatThrownBy(() -> ledger.failed(entry.id(), "LATE")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRetryFindsItsRowAndAPrintedKeyCannotBeUsedAgain() {
        LedgerEntry first = ledger.request("s1-HOUSEHOLD_REGISTRATION-1", "ZM-HJ", holder);
        assertThat(ledger.request("s1-HOUSEHOLD_REGISTRATION-1", "ZM-HJ", holder).id()).isEqualTo(first.id());

        printedOnce("s1-HOUSEHOLD_REGISTRATION-2", "ZM-HJ", "AAAA-BBBB-CCCC");

        assertThatThrownBy(() -> ledger.request("s1-HOUSEHOLD_REGISTRATION-2", "ZM-HJ", holder))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("new key");
    }

    @Test
    void aCertificateLeftMidWayByAPowerCutIsFailedNotCountedAtTheNextStart() {
        LedgerEntry entry = ledger.request("s1-NO_CRIMINAL_RECORD-1", "ZM-WFZJL", holder);
        ledger.issued(entry.id(), "7K2M-Q9XD-40TB");
        ledger.rendered(entry.id(), 1);
        LedgerEntry unanswered = ledger.request("s2-NO_CRIMINAL_RECORD-1", "ZM-WFZJL", holder);
        ledger.close();

        ledger = IssuanceLedger.open(dir, time.clock(), IssuanceRig.SHANGHAI);

        LedgerEntry recovered = ledger.entry(entry.id()).orElseThrow();
        assertThat(recovered.state()).isEqualTo(IssuanceState.FAILED);
        assertThat(recovered.lastFailure()).contains("INTERRUPTED");
        assertThat(recovered.report()).isEqualTo(BackendReport.FAILED_DUE);
        // never issued by the backend: nothing to tell it
        assertThat(ledger.entry(unanswered.id()).orElseThrow().report()).isEqualTo(BackendReport.NONE);
        assertThat(ledger.printedToday(holder, "ZM-WFZJL")).isZero();
    }

    @Test
    void aCertificateLeftAtThePrinterWaitsForThePrintersWordAndIsNotCounted() {
        LedgerEntry entry = ledger.request("s1-NO_CRIMINAL_RECORD-1", "ZM-WFZJL", holder);
        ledger.issued(entry.id(), "7K2M-Q9XD-40TB");
        ledger.rendered(entry.id(), 1);
        ledger.sentToPrinter(entry.id());
        ledger.failed(entry.id(), "PRINTER:MEDIA_JAM");
        ledger.sentToPrinter(entry.id());
        ledger.close();

        ledger = IssuanceLedger.open(dir, time.clock(), IssuanceRig.SHANGHAI);

        assertThat(ledger.awaitingPrinter()).singleElement().satisfies(left -> {
            assertThat(left.state()).isEqualTo(IssuanceState.SENT_TO_PRINTER);
            // the second send's job, under the name the printer keeps
            assertThat(left.printJobName()).contains("ZM-WFZJL-7K2M-Q9XD-40TB-r1");
        });
        assertThat(ledger.printedToday(holder, "ZM-WFZJL")).isZero();
        assertThat(ledger.request("s2-NO_CRIMINAL_RECORD-1", "ZM-WFZJL", holder).printJobName())
                .as("never sent, no job").isEmpty();
    }

    @Test
    void theDatabaseHoldsNoIdNumberInTheClear() throws Exception {
        printedOnce("s1-HOUSEHOLD_REGISTRATION-1", "ZM-HJ", "7K2M-Q9XD-40TB");
        ledger.close();

        for (String file : new String[] {"issuance.db", "issuance.db-wal"}) {
            Path path = dir.resolve(file);
            if (Files.exists(path)) {
                String bytes = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
                assertThat(bytes).doesNotContain(ZHANG_WEI).doesNotContain(ZHANG_WEI.substring(0, 14));
            }
        }
        ledger = IssuanceLedger.open(dir, time.clock(), IssuanceRig.SHANGHAI);
        assertThat(ledger.entries()).singleElement().extracting(LedgerEntry::holderKey).isEqualTo(holder);
        assertThat(holder).hasSize(64).doesNotContain(ZHANG_WEI);
    }
}
