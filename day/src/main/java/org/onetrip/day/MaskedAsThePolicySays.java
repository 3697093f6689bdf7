package org.onetrip.day;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import org.onetrip.devices.privacy.Masking;

/**
 * A masked ID number on screen shows no more than the one masking policy lets it: at most a
 * quarter of its characters at each end ({@code 1101**********1239}, never {@code 110101********1239}).
 */
final class MaskedAsThePolicySays implements ScreenInvariant {

    @Override
    public void check(SceneSnapshot scene, Moment now, Consumer<String> broken) {
        Set<String> told = new HashSet<>();
        scene.shownTexts().forEach(text -> {
            Matcher found = IdentityIsTheCard.SHOWN_ID.matcher(text);
            while (found.find()) {
                if (found.group(3) != null) {
                    continue;
                }
                String shown = found.group();
                int allowed = Masking.shownAtEachEnd(shown.length());
                int head = found.group(1).length();
                int tail = found.group(2).length();
                if ((head > allowed || tail > allowed) && told.add(shown)) {
                    broken.accept("the screen shows an ID number masked as " + head + " + " + tail + " of its "
                            + shown.length() + " characters (" + Masking.identifier(shown) + "); the policy shows "
                            + allowed + " + " + allowed);
                }
            }
        });
    }
}
