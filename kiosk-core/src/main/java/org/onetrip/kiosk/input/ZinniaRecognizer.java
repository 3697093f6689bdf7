package org.onetrip.kiosk.input;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Handwriting recognition by zinnia (Debian {@code libzinnia0}) with the Tegaki model of simplified
 * Chinese ({@code tegaki-zinnia-simplified-chinese}). The model knows the 6,763 characters of
 * GB2312; rarer characters are reached by pinyin. Recognition runs on the recogniser's own thread.
 */
public final class ZinniaRecognizer implements AutoCloseable {

    /** Where Debian puts the Tegaki model of simplified Chinese. */
    public static final Path SIMPLIFIED_CHINESE = Path.of("/usr/share/tegaki/models/zinnia/handwriting-zh_CN.model");

    /** How many candidates one recognition gives. */
    static final int CANDIDATES = 24;

    /** zinnia's C API (zinnia.h). */
    interface Zinnia extends Library {
        Pointer zinnia_recognizer_new();

        int zinnia_recognizer_open(Pointer recognizer, String file);

        String zinnia_recognizer_strerror(Pointer recognizer);

        void zinnia_recognizer_destroy(Pointer recognizer);

        Pointer zinnia_character_new();

        void zinnia_character_destroy(Pointer character);

        void zinnia_character_set_width(Pointer character, long width);

        void zinnia_character_set_height(Pointer character, long height);

        int zinnia_character_add(Pointer character, long stroke, int x, int y);

        Pointer zinnia_recognizer_classify(Pointer recognizer, Pointer character, long best);

        Pointer zinnia_result_value(Pointer result, long index);

        long zinnia_result_size(Pointer result);

        void zinnia_result_destroy(Pointer result);
    }

    private final ExecutorService thread;
    private final CompletableFuture<Loaded> loaded;

    private record Loaded(Zinnia zinnia, Pointer recognizer) {
    }

    private ZinniaRecognizer(ExecutorService thread, CompletableFuture<Loaded> loaded) {
        this.thread = thread;
        this.loaded = loaded;
    }

    /** Starts loading the model on the recogniser's thread and returns at once. */
    public static ZinniaRecognizer start(Path model) {
        ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread recogniser = new Thread(runnable, "handwriting-recogniser");
            recogniser.setDaemon(true);
            return recogniser;
        });
        return new ZinniaRecognizer(thread, CompletableFuture.supplyAsync(() -> load(model), thread));
    }

    private static Loaded load(Path model) {
        if (!Files.isRegularFile(model)) {
            throw new InputEngineException("the handwriting model " + model
                    + " is missing (Debian package tegaki-zinnia-simplified-chinese)");
        }
        Zinnia zinnia;
        try {
            zinnia = Native.load("libzinnia.so.0", Zinnia.class);
        } catch (UnsatisfiedLinkError e) {
            throw new InputEngineException("zinnia is not installed (Debian package libzinnia0): " + e.getMessage(), e);
        }
        Pointer recognizer = zinnia.zinnia_recognizer_new();
        if (zinnia.zinnia_recognizer_open(recognizer, model.toString()) == 0) {
            String why = zinnia.zinnia_recognizer_strerror(recognizer);
            zinnia.zinnia_recognizer_destroy(recognizer);
            throw new InputEngineException("zinnia cannot open the handwriting model " + model + ": " + why);
        }
        return new Loaded(zinnia, recognizer);
    }

    /** Done when the model is loaded; failed with an {@link InputEngineException} if it cannot be. */
    public CompletableFuture<Void> ready() {
        return loaded.thenApply(any -> null);
    }

    /** The characters these strokes most likely are, the likeliest first. */
    CompletableFuture<List<String>> recognise(Handwriting writing) {
        return loaded.thenApplyAsync(engine -> classify(engine, writing), thread);
    }

    private static List<String> classify(Loaded engine, Handwriting writing) {
        if (writing.strokes().isEmpty()) {
            return List.of();
        }
        Zinnia zinnia = engine.zinnia();
        Pointer character = zinnia.zinnia_character_new();
        try {
            zinnia.zinnia_character_set_width(character, writing.size());
            zinnia.zinnia_character_set_height(character, writing.size());
            for (int stroke = 0; stroke < writing.strokes().size(); stroke++) {
                for (Handwriting.Point point : writing.strokes().get(stroke).points()) {
                    zinnia.zinnia_character_add(character, stroke, (int) Math.round(point.x()), (int) Math.round(point.y()));
                }
            }
            Pointer result = zinnia.zinnia_recognizer_classify(engine.recognizer(), character, CANDIDATES);
            if (result == null) {
                return List.of();
            }
            try {
                long size = zinnia.zinnia_result_size(result);
                List<String> candidates = new ArrayList<>((int) size);
                for (long index = 0; index < size; index++) {
                    candidates.add(zinnia.zinnia_result_value(result, index).getString(0, "UTF-8"));
                }
                return List.copyOf(candidates);
            } finally {
                zinnia.zinnia_result_destroy(result);
            }
        } finally {
            zinnia.zinnia_character_destroy(character);
        }
    }

    @Override
    public void close() {
        loaded.thenAcceptAsync(engine -> engine.zinnia().zinnia_recognizer_destroy(engine.recognizer()), thread);
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
