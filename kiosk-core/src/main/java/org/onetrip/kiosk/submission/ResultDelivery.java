package org.onetrip.kiosk.submission;

import java.util.Objects;
import org.onetrip.devices.privacy.Masking;

/** How the citizen receives the result of a filing, as the receipt and the backend state it. */
public sealed interface ResultDelivery {

    /** Collected at the service hall. */
    record AtHall() implements ResultDelivery {
    }

    /**
     * Sent by post.
     *
     * @param address the full address, for the backend; the receipt shows {@link #maskedAddress()}
     */
    record ByPost(String address) implements ResultDelivery {
        public ByPost {
            Objects.requireNonNull(address, "address");
            if (address.isBlank()) {
                throw new IllegalArgumentException("a posting address is needed");
            }
        }

        /** The address as {@link Masking#address} shows it (its district at most), for a receipt that may be lost. */
        public String maskedAddress() {
            return Masking.address(address);
        }

        @Override
        public String toString() {
            return "ByPost[" + maskedAddress() + "]";
        }
    }
}
