package org.onetrip.day;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity on screen is the card on the reader: every ID number the shown scene holds, masked
 * or in full, is the card's (or, while the card is away in this visit, the card taken off); with no
 * card read in this visit, none is shown.
 */
final class IdentityIsTheCard implements ScreenInvariant {

    /** An ID number as screens show it: 18 characters in full, or masked keeping some of each end. */
    static final Pattern SHOWN_ID = Pattern.compile("(\\d{3,6})\\*{2,14}(\\d{0,3}[\\dX])|\\b(\\d{17}[\\dX])\\b");

    private final Citizens citizens;

    IdentityIsTheCard(Citizens citizens) {
        this.citizens = citizens;
    }

    @Override
    public void check(SceneSnapshot scene, Moment now, Consumer<String> broken) {
        Optional<String> holderId = now.holder().map(key -> citizens.card(key).idNumber());
        Set<String> told = new HashSet<>();
        scene.shownTexts().forEach(text -> {
            Matcher found = SHOWN_ID.matcher(text);
            while (found.find()) {
                boolean full = found.group(3) != null;
                String prefix = full ? found.group(3).substring(0, 4) : found.group(1);
                String suffix = full ? found.group(3).substring(14) : found.group(2);
                String shownAs = full ? Citizens.masked(found.group(3)) : found.group();
                boolean matches = holderId.filter(id -> id.startsWith(prefix) && id.endsWith(suffix)).isPresent();
                if (!matches && told.add(shownAs)) {
                    broken.accept("the screen shows ID " + shownAs + " but the card "
                            + (now.cardOnReader().isPresent() ? "on the reader is " : "last read in this visit is ")
                            + holderId.map(Citizens::masked).orElse("none"));
                }
            }
        });
    }
}
