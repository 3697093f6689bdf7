package org.onetrip.kiosk.identity;

import java.util.Objects;
import org.onetrip.devices.idcard.IdentityRecord;
import org.onetrip.devices.privacy.Masking;
import org.onetrip.kiosk.session.SessionData;

/**
 * The identity of the citizen in session, read from their card. Held in the session's scope,
 * so the card's data is wiped (its arrays zeroed) when the session ends, however it ends.
 */
public final class CitizenIdentity implements SessionData {

    private final IdentityRecord record;
    private final String maskedName;
    private final String maskedIdNumber;

    public CitizenIdentity(IdentityRecord record) {
        this.record = Objects.requireNonNull(record, "record");
        this.maskedName = Masking.name(record.name());
        this.maskedIdNumber = Masking.identifier(record.idNumber());
    }

    /** The full record, for pre-filling forms; wiped at the end of the session. */
    public IdentityRecord record() {
        return record;
    }

    /** The name as {@link Masking} shows it, e.g. {@code 张*}: safe to show on a shared screen. */
    public String maskedName() {
        return maskedName;
    }

    /** The ID number as {@link Masking} shows it, e.g. {@code 1101**********1239}. */
    public String maskedIdNumber() {
        return maskedIdNumber;
    }

    @Override
    public void wipe() {
        record.wipe();
    }

    @Override
    public String toString() {
        return "CitizenIdentity[" + maskedName + ", " + maskedIdNumber + "]";
    }
}
