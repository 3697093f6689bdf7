package org.onetrip.day;

import java.time.Duration;
import java.util.List;
import org.onetrip.kiosk.identity.IdentificationState;
import org.onetrip.kiosk.shell.Screen;

/**
 * Another citizen's card takes the place of the one on the reader mid-journey. The kiosk must end
 * and wipe the first citizen's session before the new card is read; the checks after the step find
 * anything of the first citizen still in the scene.
 */
final class SwapCard implements Step {

    /** Time for the kiosk to notice the swap and read the new card. */
    private static final Duration NOTICED = Duration.ofSeconds(5);

    @Override
    public String name() {
        return "swap-card";
    }

    @Override
    public void take(Turn t) throws Stuck {
        if (t.cardOnReader().isEmpty()) {
            return;
        }
        String first = t.citizen();
        boolean identified = t.shellScreen() != Screen.ATTRACT
                && t.kiosk.models().identification().get() instanceof IdentificationState.Identified;
        t.swapTo(t.citizens.other(t.random, first));
        if (identified) {
            // the kiosk ends the first citizen's session before the new card is read: wait for it,
            // as the next citizen would, before anything else is done at the screen
            t.screen().awaitModel("the session to end on another card", () -> t.shellScreen() == Screen.ATTRACT);
        }
        List<PersonalTraces.Trace> firstTraces = t.traces.ofCard(first);
        try {
            t.screen().within(NOTICED).await("the first citizen's data to leave the screen", () -> {
                SceneSnapshot scene = t.screen().snapshot();
                return firstTraces.stream().noneMatch(trace -> scene.allTexts()
                        .anyMatch(text -> trace.pattern().matcher(text).find()));
            });
        } catch (Stuck unnoticed) {
            // the checks after this step say what stayed
        }
    }
}
