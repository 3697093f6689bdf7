package org.onetrip.kiosk.session;

/** Something a citizen's session holds that must be forgotten when the session ends. */
@FunctionalInterface
public interface SessionData {

    /**
     * Forgets everything held: overwrite or drop it. Called once, when the session ends, on the
     * thread that ends it and possibly under the shell's lock: keep it quick, and hand slow work
     * such as deleting files to an executor.
     */
    void wipe();
}
