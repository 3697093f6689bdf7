package org.onetrip.backend.http;

import java.util.Optional;

/**
 * Says which kiosk a call comes from, from what is known before its body is read. The router
 * asks it for every route but the enrolment call and the operator endpoints.
 */
@FunctionalInterface
public interface KioskAuthenticator {

    /**
     * @return the kiosk proven by the call's credentials; empty when this backend is a test double
     *         that takes {@code X-Kiosk-Id} on trust
     * @throws ApiException 401 when the call carries no usable credentials of an enrolled kiosk
     */
    Optional<String> authenticate(RequestHead head);

    /**
     * A test double's setting: nobody is authenticated, and the router takes the kiosk id from
     * {@code X-Kiosk-Id}. Never for a backend kiosks reach over a network.
     */
    static KioskAuthenticator trustingTheHeader() {
        return head -> Optional.empty();
    }
}
