package org.onetrip.kiosk.input;

import com.sun.jna.Function;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/**
 * librime's C API as the library publishes it: {@code rime_get_api()} returns a struct of function
 * pointers ({@code RimeApi} in rime_api.h of librime 1.8.5), some of which (selecting a candidate by
 * index, the caret, the raw input) exist only there. The slots below are the positions of the
 * pointers after the leading {@code int data_size}; {@link #version()} checks the layout at start.
 * Not thread-safe: librime is called from one thread only (see {@link RimeEngine}).
 */
final class RimeApi {

    static final int SETUP = 0;
    static final int INITIALIZE = 2;
    static final int FINALIZE = 3;
    static final int START_MAINTENANCE = 4;
    static final int JOIN_MAINTENANCE_THREAD = 6;
    static final int CREATE_SESSION = 13;
    static final int DESTROY_SESSION = 15;
    static final int PROCESS_KEY = 18;
    static final int COMMIT_COMPOSITION = 19;
    static final int CLEAR_COMPOSITION = 20;
    static final int GET_COMMIT = 21;
    static final int FREE_COMMIT = 22;
    static final int GET_CONTEXT = 23;
    static final int FREE_CONTEXT = 24;
    static final int SET_OPTION = 27;
    static final int SELECT_SCHEMA = 34;
    static final int GET_INPUT = 69;
    static final int SELECT_CANDIDATE = 71;
    static final int GET_VERSION = 72;
    static final int CANDIDATE_LIST_NEXT = 76;
    static final int CANDIDATE_LIST_END = 77;
    static final int CANDIDATE_LIST_FROM_INDEX = 79;

    /** X11 key symbols librime takes. */
    static final int KEY_BACKSPACE = 0xff08;

    /**
     * Whether {@code setup} ran in this process: it starts librime's logging, which aborts the
     * process when started twice. A fact about the loaded library, so kept with it.
     */
    private static final java.util.concurrent.atomic.AtomicBoolean SET_UP = new java.util.concurrent.atomic.AtomicBoolean();

    private final Pointer api;

    private RimeApi(Pointer api) {
        this.api = api;
    }

    /**
     * Loads librime.so.1.
     *
     * @throws InputEngineException naming the Debian package when the library is not installed
     */
    static RimeApi load() {
        NativeLibrary library;
        try {
            library = NativeLibrary.getInstance("librime.so.1");
        } catch (UnsatisfiedLinkError e) {
            throw new InputEngineException("librime is not installed (Debian package librime1): " + e.getMessage(), e);
        }
        Pointer api = library.getFunction("rime_get_api").invokePointer(new Object[0]);
        if (api == null) {
            throw new InputEngineException("librime returned no API");
        }
        return new RimeApi(api);
    }

    private Function slot(int index) {
        Pointer function = api.getPointer((long) Native.POINTER_SIZE * (index + 1));
        if (function == null) {
            throw new InputEngineException("librime has no function in slot " + index + " of its API");
        }
        return Function.getFunction(function);
    }

    void call(int index, Object... arguments) {
        slot(index).invokeVoid(arguments);
    }

    boolean test(int index, Object... arguments) {
        return slot(index).invokeInt(arguments) != 0;
    }

    long number(int index, Object... arguments) {
        return slot(index).invokeLong(arguments);
    }

    String text(int index, Object... arguments) {
        Pointer text = slot(index).invokePointer(arguments);
        return text == null ? null : text.getString(0, "UTF-8");
    }

    /** {@code setup}, the first time in this process only; {@code initialize} may follow a {@code finalize}. */
    void setUpOnce(Traits traits) {
        if (SET_UP.compareAndSet(false, true)) {
            call(SETUP, traits);
        }
    }

    String version() {
        return text(GET_VERSION);
    }

    /** {@code RimeTraits}. */
    @Structure.FieldOrder({"data_size", "shared_data_dir", "user_data_dir", "distribution_name",
            "distribution_code_name", "distribution_version", "app_name", "modules", "min_log_level", "log_dir",
            "prebuilt_data_dir", "staging_dir"})
    public static final class Traits extends Structure {
        public int data_size;
        public String shared_data_dir;
        public String user_data_dir;
        public String distribution_name;
        public String distribution_code_name;
        public String distribution_version;
        public String app_name;
        public Pointer modules;
        public int min_log_level;
        public String log_dir;
        public String prebuilt_data_dir;
        public String staging_dir;

        Traits() {
            super();
            setStringEncoding("UTF-8");
            data_size = size() - 4;
        }
    }

    /** {@code RimeCommit}. */
    @Structure.FieldOrder({"data_size", "text"})
    public static final class Commit extends Structure {
        public int data_size;
        public Pointer text;

        Commit() {
            data_size = size() - 4;
        }
    }

    /** {@code RimeComposition}, inside {@link Context}. */
    @Structure.FieldOrder({"length", "cursor_pos", "sel_start", "sel_end", "preedit"})
    public static final class Composition extends Structure {
        public int length;
        public int cursor_pos;
        public int sel_start;
        public int sel_end;
        public Pointer preedit;
    }

    /** {@code RimeMenu}, inside {@link Context}. */
    @Structure.FieldOrder({"page_size", "page_no", "is_last_page", "highlighted_candidate_index", "num_candidates",
            "candidates", "select_keys"})
    public static final class Menu extends Structure {
        public int page_size;
        public int page_no;
        public int is_last_page;
        public int highlighted_candidate_index;
        public int num_candidates;
        public Pointer candidates;
        public Pointer select_keys;
    }

    /** {@code RimeContext}. */
    @Structure.FieldOrder({"data_size", "composition", "menu", "commit_text_preview", "select_labels"})
    public static final class Context extends Structure {
        public int data_size;
        public Composition composition;
        public Menu menu;
        public Pointer commit_text_preview;
        public Pointer select_labels;

        Context() {
            data_size = size() - 4;
        }
    }

    /** {@code RimeCandidate}. */
    @Structure.FieldOrder({"text", "comment", "reserved"})
    public static final class Candidate extends Structure {
        public Pointer text;
        public Pointer comment;
        public Pointer reserved;
    }

    /** {@code RimeCandidateListIterator}. */
    @Structure.FieldOrder({"ptr", "index", "candidate"})
    public static final class CandidateIterator extends Structure {
        public Pointer ptr;
        public int index;
        public Candidate candidate;
    }
}
