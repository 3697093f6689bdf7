package org.onetrip.day;

import java.util.ArrayList;
import java.util.List;

/** The citizen takes whichever way back the screen offers now. */
final class GoBack implements Step {

    private static final List<String> WAYS_BACK = List.of("back", "filing-back", "back-to-list", "certificate-back");

    @Override
    public String name() {
        return "go-back";
    }

    @Override
    public void take(Turn t) throws Stuck {
        List<String> offered = new ArrayList<>();
        for (String way : WAYS_BACK) {
            if (t.screen().canPress(way)) {
                offered.add(way);
            }
        }
        if (!offered.isEmpty()) {
            t.screen().press(t.pick(offered));
        }
    }
}
