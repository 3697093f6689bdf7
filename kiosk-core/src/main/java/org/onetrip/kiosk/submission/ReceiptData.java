package org.onetrip.kiosk.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the receipt printer prints for a filing: nothing on it is unmasked personal data.
 *
 * @param trackingNumber the kiosk's own number, e.g. {@code SZ-NS-0001-20261121-0007}; the backend's
 *                       acceptance number arrives later and the progress lookup maps one to the other
 * @param kioskId        where it was filed
 * @param matterCodes    the matters, or those of the bundle when the journey lists them
 * @param bundleCode     the bundle, when one was filed
 * @param maskedName     e.g. 张*
 * @param maskedIdNumber e.g. 1101**********1239
 * @param filedAt        when the filing was committed at the kiosk
 * @param materials      the materials handed in
 * @param promised       the materials still to bring, with their due dates
 * @param commitments    the materials whose commitment the citizen signed (to bring later, or instead)
 * @param delivery       how the result reaches the citizen; an address only ever shows masked
 * @param promisedDate   the promised result date, when the kiosk made the promise
 */
public record ReceiptData(String trackingNumber, String kioskId, List<String> matterCodes,
                          Optional<String> bundleCode, String maskedName, String maskedIdNumber, Instant filedAt,
                          List<ReceivedMaterial> materials, List<PromisedMaterial> promised,
                          List<String> commitments, ResultDelivery delivery, Optional<LocalDate> promisedDate) {

    public ReceiptData {
        commitments = List.copyOf(commitments);
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(promisedDate, "promisedDate");
        matterCodes = List.copyOf(matterCodes);
        materials = List.copyOf(materials);
        promised = List.copyOf(promised);
    }

    /** One handed-in material as the receipt lists it. */
    public record ReceivedMaterial(String materialCode, int pageCount) {
    }
}
