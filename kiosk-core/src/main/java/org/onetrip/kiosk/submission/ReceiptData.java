package org.onetrip.kiosk.submission;

import java.time.Instant;
import java.util.List;
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
 */
public record ReceiptData(String trackingNumber, String kioskId, List<String> matterCodes,
                          Optional<String> bundleCode, String maskedName, String maskedIdNumber, Instant filedAt,
                          List<ReceivedMaterial> materials, List<PromisedMaterial> promised) {

    public ReceiptData {
        matterCodes = List.copyOf(matterCodes);
        materials = List.copyOf(materials);
        promised = List.copyOf(promised);
    }

    /** One handed-in material as the receipt lists it. */
    public record ReceivedMaterial(String materialCode, int pageCount) {
    }
}
