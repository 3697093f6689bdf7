package org.onetrip.kiosk.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onetrip.kiosk.submission.TestFilings.ZHANG_WEI;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FilingRequestTest {

    private static final Instant START = Instant.parse("2026-11-21T01:55:00Z");
    private static final ScannedMaterial SCAN = new ScannedMaterial("M-1", "a.pdf", 1, new byte[] {1});

    @Test
    void aFilingNamesAMatterOrABundle() {
        assertThatThrownBy(() -> new FilingRequest(List.of(), Optional.empty(), Map.of(), ZHANG_WEI, List.of(SCAN),
                List.of(), List.of(), START)).hasMessageContaining("at least one matter or a bundle");
        assertThat(new FilingRequest(List.of(), Optional.of("YJS-QYKB"), Map.of(), ZHANG_WEI, List.of(SCAN),
                List.of(), List.of(), START).bundleCode()).contains("YJS-QYKB");
    }

    @Test
    void twoMaterialsCannotShareAFileName() {
        assertThatThrownBy(() -> new FilingRequest(List.of("M"), Optional.empty(), Map.of(), ZHANG_WEI,
                List.of(SCAN, new ScannedMaterial("M-2", "a.pdf", 1, new byte[] {2})), List.of(), List.of(), START))
                .hasMessageContaining("share the file name a.pdf");
    }

    @Test
    void aPromisedMaterialNeedsASignedCommitment() {
        assertThatThrownBy(() -> new FilingRequest(List.of("M"), Optional.empty(), Map.of(), ZHANG_WEI, List.of(SCAN),
                List.of(new PromisedMaterial("M-9", LocalDate.parse("2026-12-01"))), List.of(), START))
                .hasMessageContaining("M-9 needs a signed commitment");
    }

    @Test
    void answersAreTextNumbersYesNoOrListsOfThose() {
        assertThatThrownBy(() -> new FilingRequest(List.of("M"), Optional.empty(), Map.of("when", new Object()),
                ZHANG_WEI, List.of(SCAN), List.of(), List.of(), START))
                .hasMessageContaining("answer to when must be text, a number, yes/no");
    }

    @Test
    void fileNamesThatCouldLeaveTheOutboxDirectoryAreRefused() {
        assertThatThrownBy(() -> new ScannedMaterial("M-1", "../etc/passwd", 1, new byte[] {1}))
                .hasMessageContaining("file name must match");
        assertThatThrownBy(() -> new ScannedMaterial("M-1", "a.pdf", 0, new byte[] {1}))
                .hasMessageContaining("at least one page");
        assertThatThrownBy(() -> new ScannedMaterial("M-1", "a.pdf", 1, new byte[0]))
                .hasMessageContaining("1 byte to 64 MiB");
    }

    @Test
    void aBadIdNumberIsRefusedWithoutRepeatingItInFullAndNothingPrintsItUnmasked() {
        assertThatThrownBy(() -> new Applicant("11010119850312123", "张伟", Optional.empty()))
                .hasMessageEndingWith("got 1101*********2123")
                .hasMessageNotContaining("11010119850312123");
        assertThat(ZHANG_WEI.toString()).isEqualTo("Applicant[张*, 1101**********1239]");
        assertThat(TestFilings.moveIn(ZHANG_WEI).toString()).doesNotContain("110101198503121239", "张伟", "工作调动");
    }
}
