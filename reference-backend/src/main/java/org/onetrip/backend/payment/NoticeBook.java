package org.onetrip.backend.payment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The notices the reference platform knows: a fixed book, the same on every start. */
public final class NoticeBook {

    /** A traffic fine of 200.00 yuan. */
    public static final String TRAFFIC_FINE = "33010026120000000017";
    /** A secondary school's tuition of 1,250.00 yuan. */
    public static final String TUITION = "33010026120000000025";
    /** A real-estate transaction deed tax of 8,640.50 yuan. */
    public static final String DEED_TAX = "33010026120000000033";
    /** A late-registration fine of 50.00 yuan. */
    public static final String LATE_REGISTRATION_FINE = "33010026120000000041";

    private final Map<String, Notice> notices;

    public NoticeBook(List<Notice> notices) {
        this.notices = notices.stream().collect(Collectors.toUnmodifiableMap(Notice::noticeNumber, Function.identity()));
    }

    /** The demo hall's notices. */
    public static NoticeBook standard() {
        return new NoticeBook(List.of(
                new Notice(TRAFFIC_FINE, "市公安局交通警察支队", "330100261", "道路交通安全违法罚款", "103050101",
                        20_000, LocalDate.of(2027, 1, 15)),
                new Notice(TUITION, "市第二中学", "330100412", "普通高中学费", "103040201",
                        125_000, LocalDate.of(2027, 2, 28)),
                new Notice(DEED_TAX, "市税务局", "330100108", "契税", "101100100",
                        864_050, LocalDate.of(2027, 3, 31)),
                new Notice(LATE_REGISTRATION_FINE, "区市场监督管理局", "330102307", "逾期登记罚款", "103050199",
                        5_000, LocalDate.of(2026, 12, 31))));
    }

    public Optional<Notice> find(String noticeNumber) {
        return Optional.ofNullable(notices.get(noticeNumber));
    }

    public List<Notice> all() {
        return notices.values().stream().sorted((a, b) -> a.noticeNumber().compareTo(b.noticeNumber())).toList();
    }
}
