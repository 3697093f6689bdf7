package org.onetrip.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.onetrip.config.calendar.WorkingDayCalendar;

/**
 * The rules of the hall the kiosk stands in: the {@code hall} section of kiosk.yaml.
 *
 * @param timeZone                   the zone of every time shown or printed, and of "today" for dates
 *                                   and daily limits; e.g. {@code Asia/Shanghai}
 * @param certificateVerificationUrl where a printed certificate is verified; the certificate's code is
 *                                   added as {@code ?code=}. Absolute {@code https} with a host and
 *                                   without query or fragment; {@code http} only for a loopback host
 * @param certificateFonts           the fonts certificates are printed with: the main font first, then
 *                                   fallbacks for rare characters; at least one
 * @param calendar                   the working days by which promised and top-up dates are counted
 */
public record HallPolicy(ZoneId timeZone, URI certificateVerificationUrl, List<CertificateFont> certificateFonts,
                         WorkingDayCalendar calendar) {

    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Shanghai");

    /** Debian's WenQuanYi Zen Hei ({@code fonts-wqy-zenhei}), then HanaMin A and B ({@code fonts-hanazono}). */
    public static final List<CertificateFont> DEBIAN_FONTS = List.of(
            CertificateFont.inCollection(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), "WenQuanYiZenHei"),
            CertificateFont.of(Path.of("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf")),
            CertificateFont.of(Path.of("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf")));

    /** The demo hall's verification page; a real kiosk.yaml must name its own. */
    public static final URI DEMO_VERIFICATION_URL = URI.create("https://zwfw.example.gov.cn/verify");

    /**
     * For configurations built in code: Asia/Shanghai, the demo verification page, Debian's fonts and
     * a Monday-to-Friday calendar without holidays. kiosk.yaml has no such fallback for the URL.
     */
    public static final HallPolicy DEFAULT = new HallPolicy(DEFAULT_TIME_ZONE, DEMO_VERIFICATION_URL, DEBIAN_FONTS,
            WorkingDayCalendar.WEEKDAYS_ONLY);

    /** What {@link #certificateVerificationUrl} must be, also quoted in configuration problems. */
    public static final String VERIFICATION_URL_EXPECTATION =
            "an absolute https:// URL with a host and without '?' or '#' (http:// only for 127.0.0.1, ::1 or localhost)";

    public HallPolicy {
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(certificateVerificationUrl, "certificateVerificationUrl");
        checkVerificationUrl(certificateVerificationUrl);
        certificateFonts = List.copyOf(certificateFonts);
        if (certificateFonts.isEmpty()) {
            throw new IllegalArgumentException("at least one certificate font is needed");
        }
        Objects.requireNonNull(calendar, "calendar");
    }

    /** The same policy with another calendar. */
    public HallPolicy withCalendar(WorkingDayCalendar other) {
        return new HallPolicy(timeZone, certificateVerificationUrl, certificateFonts, other);
    }

    /** The same policy in another zone. */
    public HallPolicy withTimeZone(ZoneId zone) {
        return new HallPolicy(zone, certificateVerificationUrl, certificateFonts, calendar);
    }

    /**
     * @throws IllegalArgumentException saying what is wrong, when {@code url} is not
     *                                  {@link #VERIFICATION_URL_EXPECTATION}
     */
    public static void checkVerificationUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || url.getHost() == null) {
            throw new IllegalArgumentException("the verification URL needs a scheme and a host, e.g. https://zwfw.example.gov.cn/verify");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("the verification URL must not have '?' or '#': the kiosk adds ?code=");
        }
        if (url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the verification URL must not hold a user name or password");
        }
        if (scheme.equals("https")) {
            return;
        }
        if (scheme.equals("http") && isLoopback(url.getHost())) {
            return;
        }
        throw new IllegalArgumentException(scheme.equals("http")
                ? "the verification URL must be https:// (http:// only for a loopback host); citizens open it on their phones"
                : "the verification URL must be https://, got scheme '" + scheme + "'");
    }

    private static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        // literal addresses and the one name only: nothing is resolved here
        return bare.equalsIgnoreCase("localhost") || bare.equals("::1") || bare.equals("0:0:0:0:0:0:0:1")
                || bare.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
