package org.onetrip.kiosk.input;

import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Typing Chinese by pinyin, one citizen at a time: letters compose in a Rime session, the engine
 * offers characters and whole phrases by frequency ({@code guangzhoushi} gives 广州市 first), and
 * a chosen candidate goes to the text. Choosing a candidate for only the first letters keeps it
 * in the composition until the rest is chosen.
 *
 * <p>When the citizen leaves the field (another field, 下一步, another layout), {@link #finish()}
 * hands over the characters already chosen and drops the letters not yet turned into characters:
 * the field never receives raw pinyin, and what was chosen is not lost.
 *
 * <p>Every method returns at once; the work runs on the engine's thread in the order asked, and
 * the returned future completes with what to show.
 */
public final class PinyinComposition implements AutoCloseable {

    /** At most this many of the engine's candidates are offered; the rare ones follow. */
    static final int ENGINE_CANDIDATES = 150;

    private final RimeEngine engine;
    private final CompletableFuture<Long> session;

    /** Opens a session on {@code engine}; it becomes usable once the engine is ready. */
    public PinyinComposition(RimeEngine engine) {
        this.engine = engine;
        this.session = engine.onEngine((api, rare) -> {
            long id = api.number(RimeApi.CREATE_SESSION);
            if (id == 0 || !api.test(RimeApi.SELECT_SCHEMA, id, RimeEngine.SCHEMA)) {
                throw new InputEngineException("librime could not open a session with the schema " + RimeEngine.SCHEMA);
            }
            return id;
        });
    }

    /** A letter a to z typed; {@code v} stands for ü. */
    public CompletableFuture<PinyinView> type(char letter) {
        if (letter < 'a' || letter > 'z') {
            throw new IllegalArgumentException("pinyin letters are a to z, not '" + letter + "'");
        }
        return run(state -> {
            state.api.test(RimeApi.PROCESS_KEY, state.id, (int) letter, 0);
            return state.view("", false);
        });
    }

    /** Backspace: takes back the last choice or letter; with nothing composing it is passed on to the text. */
    public CompletableFuture<PinyinView> backspace() {
        return run(state -> {
            if (state.input().isEmpty()) {
                return state.view("", true);
            }
            state.api.test(RimeApi.PROCESS_KEY, state.id, RimeApi.KEY_BACKSPACE, 0);
            return state.view("", false);
        });
    }

    /** Space: takes the first candidate while composing, as every pinyin keyboard does; otherwise passed on. */
    public CompletableFuture<PinyinView> space() {
        return run(state -> state.input().isEmpty() ? state.view("", true) : state.choose(0));
    }

    /**
     * Takes the candidate at {@code index} of the last view's candidates; an index beyond them
     * changes nothing.
     */
    public CompletableFuture<PinyinView> choose(int index) {
        return run(state -> state.choose(index));
    }

    /** The citizen leaves the field: the characters already chosen are committed, letters are dropped. */
    public CompletableFuture<PinyinView> finish() {
        return run(state -> {
            String chosen = state.chosen();
            state.api.call(RimeApi.CLEAR_COMPOSITION, state.id);
            return new PinyinView("", "", List.of(), chosen, false);
        });
    }

    /** Drops everything composing, chosen characters included (the clear key). */
    public CompletableFuture<PinyinView> clear() {
        return run(state -> {
            state.api.call(RimeApi.CLEAR_COMPOSITION, state.id);
            return PinyinView.EMPTY;
        });
    }

    @Override
    public void close() {
        session.thenAccept(id -> engine.onEngine((api, rare) -> api.test(RimeApi.DESTROY_SESSION, id)));
    }

    private CompletableFuture<PinyinView> run(java.util.function.Function<State, PinyinView> work) {
        return session.thenCompose(id -> engine.onEngine((api, rare) -> work.apply(new State(api, rare, id))));
    }

    /** One step's access to the session, on the engine's thread. */
    private record State(RimeApi api, UnihanReadings rare, long id) {

        String input() {
            String input = api.text(RimeApi.GET_INPUT, id);
            return input == null ? "" : input;
        }

        PinyinView choose(int index) {
            Snapshot now = snapshot();
            List<String> candidates = now.candidates(rare);
            if (index < 0 || index >= candidates.size()) {
                return view("", false);
            }
            if (index < now.engineCandidates.size()) {
                api.test(RimeApi.SELECT_CANDIDATE, id, (long) index);
                return view(takeCommit(), false);
            }
            // a rare character for the last syllable: the engine does not know it, so it ends the composition here
            api.call(RimeApi.CLEAR_COMPOSITION, id);
            return new PinyinView("", "", List.of(), now.chosen + candidates.get(index), false);
        }

        String chosen() {
            return snapshot().chosen;
        }

        PinyinView view(String committed, boolean passedOn) {
            Snapshot now = snapshot();
            return new PinyinView(now.preedit, now.chosen, now.candidates(rare), committed, passedOn);
        }

        private String takeCommit() {
            RimeApi.Commit commit = new RimeApi.Commit();
            if (!api.test(RimeApi.GET_COMMIT, id, commit)) {
                return "";
            }
            String text = commit.text == null ? "" : commit.text.getString(0, "UTF-8");
            api.test(RimeApi.FREE_COMMIT, commit);
            return text;
        }

        private Snapshot snapshot() {
            RimeApi.Context context = new RimeApi.Context();
            if (!api.test(RimeApi.GET_CONTEXT, id, context)) {
                return Snapshot.NONE;
            }
            try {
                Pointer preeditText = context.composition.preedit;
                if (preeditText == null || context.composition.length == 0) {
                    return Snapshot.NONE;
                }
                byte[] bytes = preeditText.getByteArray(0, context.composition.length);
                int start = Math.max(0, Math.min(bytes.length, context.composition.sel_start));
                String preedit = new String(bytes, StandardCharsets.UTF_8);
                String chosen = new String(bytes, 0, start, StandardCharsets.UTF_8).strip();
                String rest = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)
                        .replace(" ", "").replace("'", "");
                return new Snapshot(preedit, chosen, rest, engineCandidates());
            } finally {
                api.test(RimeApi.FREE_CONTEXT, context);
            }
        }

        private List<String> engineCandidates() {
            List<String> candidates = new ArrayList<>();
            RimeApi.CandidateIterator iterator = new RimeApi.CandidateIterator();
            if (api.test(RimeApi.CANDIDATE_LIST_FROM_INDEX, id, iterator, 0)) {
                while (candidates.size() < ENGINE_CANDIDATES && api.test(RimeApi.CANDIDATE_LIST_NEXT, iterator)) {
                    candidates.add(iterator.candidate.text.getString(0, "UTF-8"));
                }
                api.call(RimeApi.CANDIDATE_LIST_END, iterator);
            }
            return candidates;
        }
    }

    /** The engine's context at one moment. */
    private record Snapshot(String preedit, String chosen, String rest, List<String> engineCandidates) {

        static final Snapshot NONE = new Snapshot("", "", "", List.of());

        List<String> candidates(UnihanReadings rare) {
            if (!rare.isSyllable(rest)) {
                return engineCandidates;
            }
            Set<String> all = new LinkedHashSet<>(engineCandidates);
            all.addAll(rare.characters(rest));
            return List.copyOf(all);
        }
    }
}
