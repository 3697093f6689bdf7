package org.onetrip.devices.idcard;

import java.util.Arrays;
import java.util.Objects;

/**
 * The photo of an identity card: bytes in a known format. The array is owned by this
 * object: {@link #bytes()} returns it without copying so that {@link #wipe()} can clear
 * the only copy.
 */
public final class Photo {
    private final PhotoFormat format;
    private final byte[] bytes;

    public Photo(PhotoFormat format, byte[] bytes) {
        this.format = Objects.requireNonNull(format, "format");
        this.bytes = Objects.requireNonNull(bytes, "bytes");
    }

    public static Photo none() {
        return new Photo(PhotoFormat.NONE, new byte[0]);
    }

    public PhotoFormat format() {
        return format;
    }

    /** The encoded photo. Do not keep a copy: it would survive {@link #wipe()}. */
    public byte[] bytes() {
        return bytes;
    }

    /** Whether screens can show the photo itself (false for WLT: show a placeholder). */
    public boolean isDisplayable() {
        return format == PhotoFormat.JPEG && bytes.length > 0;
    }

    public void wipe() {
        Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public String toString() {
        return "Photo[" + format + ", " + bytes.length + " bytes]";
    }
}
