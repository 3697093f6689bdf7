package org.onetrip.kiosk.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The Rime input engine (librime, Debian {@code librime1}) with the Luna Pinyin schema in simplified
 * characters ({@code rime-data-luna-pinyin}) and its word frequencies ({@code rime-essay}). librime
 * keeps its state per process, so the kiosk starts one engine and every pinyin composition opens a
 * session on it.
 *
 * <p>Every call into librime runs on the engine's own thread, in the order asked, and never on the
 * caller's: the JavaFX thread only ever waits for a finished future. Start-up deploys the schema on
 * that thread too (about a second the first time, when it compiles into the user directory; the
 * Debian packages ship the compiled dictionary).
 */
public final class RimeEngine implements AutoCloseable {

    /** The Debian packages' shared data. */
    public static final Path SHARED_DATA = Path.of("/usr/share/rime-data");

    /** Luna Pinyin with its simplifier on: the kiosk's forms are in simplified characters. */
    static final String SCHEMA = "luna_pinyin_simp";

    private final ExecutorService thread;
    private final CompletableFuture<Loaded> loaded;

    /** The engine deployed and the readings read, in one task, so closing mid-start leaves nothing queued. */
    private record Loaded(RimeApi api, UnihanReadings rare) {
    }

    private RimeEngine(ExecutorService thread, CompletableFuture<Loaded> loaded) {
        this.thread = thread;
        this.loaded = loaded;
    }

    /**
     * Starts loading and deploying the engine on its own thread and returns at once. Calls made
     * before it is ready wait their turn on that thread.
     *
     * @param userData a directory the kiosk owns (created if missing): librime keeps its compiled
     *     schema and its user dictionary there. Learning from what citizens type is switched off,
     *     so nothing one citizen types is offered to the next.
     * @param unihanReadings the Unihan readings ({@link UnihanReadings#DEBIAN}): characters the
     *     engine's dictionary lacks are offered after its own for a whole syllable
     */
    public static RimeEngine start(Path userData, Path unihanReadings) {
        ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread engine = new Thread(runnable, "pinyin-engine");
            engine.setDaemon(true);
            return engine;
        });
        return new RimeEngine(thread, CompletableFuture.supplyAsync(
                () -> new Loaded(deploy(userData), UnihanReadings.read(unihanReadings)), thread));
    }

    private static RimeApi deploy(Path userData) {
        if (!Files.isRegularFile(SHARED_DATA.resolve(SCHEMA + ".schema.yaml"))) {
            throw new InputEngineException("the pinyin schema " + SHARED_DATA.resolve(SCHEMA + ".schema.yaml")
                    + " is missing (Debian packages rime-data-luna-pinyin and rime-essay)");
        }
        try {
            Files.createDirectories(userData);
            // only the one schema, and no learning: the kiosk serves one citizen after another
            Files.writeString(userData.resolve("default.custom.yaml"), """
                    patch:
                      schema_list:
                        - schema: %s
                      menu/page_size: 9
                    """.formatted(SCHEMA), StandardCharsets.UTF_8);
            Files.writeString(userData.resolve(SCHEMA + ".custom.yaml"), """
                    patch:
                      translator/enable_user_dict: false
                      translator/enable_sentence: true
                    """, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputEngineException("cannot prepare the pinyin engine's directory " + userData, e);
        }
        RimeApi api = RimeApi.load();
        RimeApi.Traits traits = new RimeApi.Traits();
        traits.shared_data_dir = SHARED_DATA.toString();
        traits.user_data_dir = userData.toAbsolutePath().toString();
        traits.prebuilt_data_dir = SHARED_DATA.resolve("build").toString();
        traits.staging_dir = userData.toAbsolutePath().resolve("build").toString();
        traits.distribution_name = "OneTrip";
        traits.distribution_code_name = "onetrip";
        traits.distribution_version = "1";
        traits.app_name = "rime.onetrip";
        traits.min_log_level = 2;
        traits.log_dir = userData.toAbsolutePath().resolve("log").toString();
        api.setUpOnce(traits);
        api.call(RimeApi.INITIALIZE, traits);
        if (api.test(RimeApi.START_MAINTENANCE, 1)) {
            api.call(RimeApi.JOIN_MAINTENANCE_THREAD);
        }
        String version = api.version();
        if (version == null || !version.startsWith("1.")) {
            throw new InputEngineException("librime reports version " + version + "; the kiosk speaks the API of 1.8");
        }
        return api;
    }

    /**
     * Done when the schema is deployed and the Unihan readings are read; failed with an
     * {@link InputEngineException} if either cannot be.
     */
    public CompletableFuture<Void> ready() {
        return loaded.thenApply(any -> null);
    }

    /** Runs {@code work} on the engine's thread once the engine is ready. */
    <T> CompletableFuture<T> onEngine(java.util.function.BiFunction<RimeApi, UnihanReadings, T> work) {
        return loaded.thenApplyAsync(engine -> work.apply(engine.api(), engine.rare()), thread);
    }

    /** Finishes what was asked, lets librime go and stops the engine's thread. */
    @Override
    public void close() {
        loaded.thenAcceptAsync(engine -> engine.api().call(RimeApi.FINALIZE), thread);
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
