package org.onetrip.kiosk.input;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The kiosk's engines for typing Chinese: pinyin by Rime (with rare characters from the Unihan
 * readings) and handwriting by zinnia. One per kiosk, started at start-up off the screen's thread;
 * one citizen at a time types, so one pinyin composition serves every field.
 */
public final class ChineseInput implements AutoCloseable {

    private final RimeEngine rime;
    private final ZinniaRecognizer handwriting;
    private final PinyinComposition pinyin;

    private ChineseInput(RimeEngine rime, ZinniaRecognizer handwriting) {
        this.rime = rime;
        this.handwriting = handwriting;
        this.pinyin = new PinyinComposition(rime);
    }

    /**
     * Starts the engines from the Debian packages' data and returns at once.
     *
     * @param userData a directory of the kiosk's for the engine's compiled schema
     */
    public static ChineseInput start(Path userData) {
        return new ChineseInput(RimeEngine.start(userData, UnihanReadings.DEBIAN),
                ZinniaRecognizer.start(ZinniaRecognizer.SIMPLIFIED_CHINESE));
    }

    /** Done when both engines can answer; failed with an {@link InputEngineException} naming what is missing. */
    public CompletableFuture<Void> ready() {
        return CompletableFuture.allOf(rime.ready(), handwriting.ready());
    }

    /** The pinyin composition every field types into. */
    public PinyinComposition pinyin() {
        return pinyin;
    }

    /** A fresh writing pad of {@code size} by {@code size} units. */
    public HandwritingPad pad(int size) {
        return new HandwritingPad(handwriting, size);
    }

    @Override
    public void close() {
        pinyin.close();
        rime.close();
        handwriting.close();
    }
}
