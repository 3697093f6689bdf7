package org.onetrip.day;

import org.onetrip.kiosk.shell.Screen;

/** The citizen walks off mid-journey: on the session clock the kiosk times the session out and wipes it. */
final class LeaveToTimeOut implements Step {

    @Override
    public String name() {
        return "time-out";
    }

    @Override
    public void take(Turn t) throws Stuck {
        if (!t.timeoutsOn || t.shellScreen() == Screen.ATTRACT) {
            return;
        }
        t.kiosk.sessionTime().advance(Turn.PAST_EVERY_TIMER);
        t.screen().awaitModel("the session to time out", () -> t.shellScreen() == Screen.ATTRACT);
        t.newVisit();
    }
}
