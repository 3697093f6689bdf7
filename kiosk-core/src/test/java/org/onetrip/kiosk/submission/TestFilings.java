package org.onetrip.kiosk.submission;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Filing requests for the project's shared test identities. */
public final class TestFilings {

    public static final Applicant ZHANG_WEI =
            new Applicant("110101198503121239", "张伟", Optional.of(LocalDate.parse("2035-06-01")));
    public static final Applicant LI_XIUYING = new Applicant("310104195211082461", "李秀英", Optional.empty());
    public static final Applicant CHEN_JING_EXPIRED =
            new Applicant("440305197805193287", "陈静", Optional.of(LocalDate.parse("2024-05-10")));
    public static final Applicant LIU_YAN = new Applicant("440103196609300155", "刘䶮",
            Optional.of(LocalDate.parse("2032-11-20")));

    private TestFilings() {
    }

    /** A household move-in with two small scanned files. */
    public static FilingRequest moveIn(Applicant applicant) {
        return withFiles(applicant, 2, 2_000);
    }

    /** {@code files} materials of about {@code bytes} each. */
    public static FilingRequest withFiles(Applicant applicant, int files, int bytes) {
        List<ScannedMaterial> materials = new java.util.ArrayList<>();
        for (int i = 1; i <= files; i++) {
            materials.add(new ScannedMaterial("M-" + i, "material-" + i + ".pdf", 1 + i % 3, pdfLike(i, bytes)));
        }
        return new FilingRequest(List.of("HUKOU-MOVE-IN"), Optional.empty(),
                Map.of("reason", "工作调动", "householdSize", 2, "urgent", false),
                applicant, materials, List.of(), List.of(), Instant.parse("2026-11-21T01:55:00Z"));
    }

    static byte[] pdfLike(int seed, int bytes) {
        byte[] head = ("%PDF-1.7 scan " + seed + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] content = new byte[Math.max(bytes, head.length)];
        System.arraycopy(head, 0, content, 0, head.length);
        for (int i = head.length; i < content.length; i++) {
            content[i] = (byte) ('a' + (i * 31 + seed) % 26);
        }
        return content;
    }
}
