package org.onetrip.kiosk.session;

import java.util.List;

/** Some data of an ended session could not be wiped; the causes are attached as suppressed. */
public final class SessionWipeException extends RuntimeException {

    SessionWipeException(List<RuntimeException> failures) {
        super(failures.size() + " session data holder(s) failed to wipe");
        failures.forEach(this::addSuppressed);
    }
}
