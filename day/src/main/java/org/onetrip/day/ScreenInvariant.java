package org.onetrip.day;

import java.util.function.Consumer;

/** A promise about what the screen holds, checked on one look at the live scene after every step. */
interface ScreenInvariant {

    /**
     * @param scene  what the scene holds now
     * @param now    what is true at the kiosk
     * @param broken told each broken promise, in plain words with personal data masked
     */
    void check(SceneSnapshot scene, Moment now, Consumer<String> broken);
}
