package org.onetrip.kiosk.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Everything one citizen's session holds. Whatever takes personal data during a session
 * registers here with {@link #hold(SessionData)}; {@link #wipe()} forgets it all when the
 * session ends, whether the citizen finished, walked away or the kiosk went out of service.
 */
public final class SessionScope {

    private final Deque<SessionData> held = new ArrayDeque<>();
    private boolean wiped;

    /**
     * Registers {@code data} to be wiped with this session.
     *
     * @return the same data, for fluent use
     * @throws IllegalStateException if the session has already been wiped: data taken after the
     *     end would outlive it
     */
    public synchronized <T extends SessionData> T hold(T data) {
        Objects.requireNonNull(data, "data");
        if (wiped) {
            throw new IllegalStateException("the session has ended; nothing more can be held in it");
        }
        held.push(data);
        return data;
    }

    public synchronized boolean isWiped() {
        return wiped;
    }

    /**
     * Wipes everything held, newest first. A failing wipe does not stop the others; the
     * failures are reported together afterwards.
     *
     * @throws SessionWipeException if any data failed to wipe (all others were wiped)
     */
    public void wipe() {
        List<SessionData> toWipe;
        synchronized (this) {
            wiped = true;
            toWipe = new ArrayList<>(held);
            held.clear();
        }
        List<RuntimeException> failures = new ArrayList<>();
        for (SessionData data : toWipe) {
            try {
                data.wipe();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw new SessionWipeException(failures);
        }
    }
}
