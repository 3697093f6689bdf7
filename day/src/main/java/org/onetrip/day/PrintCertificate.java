package org.onetrip.day;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Printing a certificate: the offers after the card, one chosen, its first page previewed, then
 * confirmed (now and then jammed in the printer mid-print) or put back.
 */
final class PrintCertificate implements Step {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{6,}\\s*$");

    @Override
    public String name() {
        return "print-certificate";
    }

    @Override
    public void take(Turn t) throws Stuck {
        LiveScreen screen = t.screen();
        t.toHome();
        screen.press("tile-print-certificate");
        if (!t.identified()) {
            t.toHome();
            return;
        }
        screen.await("the certificate offers after the card",
                () -> !screen.shownIds("offer-").isEmpty() || screen.shows("certificate-problem"));
        List<String> offers = screen.pressableIds("offer-");
        if (offers.isEmpty()) {
            t.toHome();
            return;
        }
        screen.press(t.pick(offers));
        String preview = screen.awaitAny("certificate-confirm", "certificate-problem");
        if (preview.equals("certificate-problem") || t.random.nextInt(6) == 0) {
            screen.press("certificate-back");
            t.toHome();
            return;
        }
        boolean jam = t.random.nextInt(8) == 0;
        if (jam) {
            t.kiosk.jamNextCertificate();
        }
        screen.press("certificate-confirm");
        String outcome = screen.awaitAny("certificate-done", "certificate-problem");
        if (jam) {
            t.kiosk.clearCertificateJam();
        }
        if (outcome.equals("certificate-done")) {
            Optional<String> code = screen.text("certificate-done").flatMap(PrintCertificate::verificationCode);
            if (code.isEmpty()) {
                t.broken("a printed certificate's screen shows no verification code");
            }
            code.ifPresent(found -> t.witness.printed(found, t.cardOnReader().orElse("(no card)"), t.session));
        }
        screen.press("certificate-back");
        if (t.random.nextBoolean()) {
            t.toHome();
        }
    }

    static Optional<String> verificationCode(String said) {
        Matcher found = CODE.matcher(said.strip());
        return found.find() ? Optional.of(found.group().strip()) : Optional.empty();
    }
}
