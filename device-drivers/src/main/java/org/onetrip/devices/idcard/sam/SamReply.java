package org.onetrip.devices.idcard.sam;

/**
 * A frame from reader to host.
 *
 * @param sw1    relays a card byte for some statuses; normally 0
 * @param sw2    relays a card byte for some statuses; normally 0
 * @param status the status byte SW3, as a raw code (see {@link SamStatus#of(int)})
 * @param data   the data after the status bytes; not copied, so that the driver can zero
 *               the only copy of card data once it is decoded
 */
public record SamReply(int sw1, int sw2, int status, byte[] data) {
    public SamReply {
        if (sw1 < 0 || sw1 > 0xFF || sw2 < 0 || sw2 > 0xFF || status < 0 || status > 0xFF) {
            throw new IllegalArgumentException("status bytes must be 0..255");
        }
    }

    public static SamReply of(SamStatus status, byte[] data) {
        return new SamReply(0, 0, status.code(), data);
    }

    public SamStatus samStatus() {
        return SamStatus.of(status);
    }

    @Override
    public String toString() {
        return String.format("SamReply[%02X %02X %02X (%s), %d data bytes]", sw1, sw2, status, samStatus(), data.length);
    }
}
