package org.onetrip.day;

import java.util.List;

/** The citizen switches the language, the elder-friendly look, large text or high contrast. */
final class SwitchLook implements Step {

    private static final List<String> SWITCHES = List.of("language-en", "language-zh", "elder-mode", "large-text",
            "high-contrast");

    @Override
    public String name() {
        return "switch-look";
    }

    @Override
    public void take(Turn t) throws Stuck {
        String chosen = t.pick(SWITCHES);
        if (t.screen().canPress(chosen)) {
            t.screen().press(chosen);
        }
    }
}
