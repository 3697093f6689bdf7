package org.onetrip.devices.codescanner;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * How a serial code scanner is set up. Scanners are configured (by their own setup codes) to
 * send each code framed by an optional prefix and a suffix; in triggered mode they start reading
 * on a trigger command and stop on a stop command.
 *
 * @param mode      continuous or triggered
 * @param trigger   the command that starts a read (triggered mode); Honeywell's {@code SYN T CR} by default
 * @param stop      the command that stops a read; Honeywell's {@code SYN U CR} by default
 * @param prefix    bytes before every code; empty for none
 * @param suffix    bytes after every code (the frame's end); CR by default; never empty
 * @param maxLength the longest code accepted, 1..4096 characters; a longer one is a protocol error
 */
public record CodeScannerSettings(ScanMode mode, byte[] trigger, byte[] stop, byte[] prefix, byte[] suffix,
                                  int maxLength) {

    public static final byte[] HONEYWELL_TRIGGER = {0x16, 'T', '\r'};
    public static final byte[] HONEYWELL_STOP = {0x16, 'U', '\r'};

    public CodeScannerSettings {
        Objects.requireNonNull(mode, "mode");
        trigger = trigger.clone();
        stop = stop.clone();
        prefix = prefix.clone();
        suffix = suffix.clone();
        if (suffix.length == 0 || suffix.length > 8) {
            throw new IllegalArgumentException("suffix must be 1..8 bytes, was " + suffix.length);
        }
        if (prefix.length > 8) {
            throw new IllegalArgumentException("prefix must be 0..8 bytes, was " + prefix.length);
        }
        if (mode == ScanMode.TRIGGERED && trigger.length == 0) {
            throw new IllegalArgumentException("a triggered scanner needs a trigger command");
        }
        if (maxLength < 1 || maxLength > 4096) {
            throw new IllegalArgumentException("maxLength must be 1..4096, was " + maxLength);
        }
    }

    /** Continuous, CR after each code, no prefix, codes up to 512 characters. */
    public static CodeScannerSettings continuous() {
        return new CodeScannerSettings(ScanMode.CONTINUOUS, HONEYWELL_TRIGGER, HONEYWELL_STOP, new byte[0],
                new byte[] {'\r'}, 512);
    }

    /** Triggered with Honeywell's commands, CR after each code, no prefix. */
    public static CodeScannerSettings triggered() {
        return continuous().withMode(ScanMode.TRIGGERED);
    }

    public CodeScannerSettings withMode(ScanMode newMode) {
        return new CodeScannerSettings(newMode, trigger, stop, prefix, suffix, maxLength);
    }

    public CodeScannerSettings withFraming(byte[] newPrefix, byte[] newSuffix) {
        return new CodeScannerSettings(mode, trigger, stop, newPrefix, newSuffix, maxLength);
    }

    public CodeScannerSettings withCommands(byte[] newTrigger, byte[] newStop) {
        return new CodeScannerSettings(mode, newTrigger, newStop, prefix, suffix, maxLength);
    }

    /**
     * Bytes written on a command line or in configuration: {@code \r}, {@code \n}, {@code \t} and
     * {@code \xHH} escapes, the rest as ASCII, e.g. {@code \x16T\r}.
     *
     * @throws IllegalArgumentException for a broken escape or a non-ASCII character
     */
    public static byte[] parseBytes(String written) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c > 0x7e) {
                throw new IllegalArgumentException("only ASCII and \\xHH escapes, found '" + c + "'");
            }
            if (c != '\\') {
                hex.append(String.format("%02x", (int) c));
                continue;
            }
            if (i + 1 >= written.length()) {
                throw new IllegalArgumentException("a lone '\\' at the end of '" + written + "'");
            }
            char e = written.charAt(++i);
            switch (e) {
                case 'r' -> hex.append("0d");
                case 'n' -> hex.append("0a");
                case 't' -> hex.append("09");
                case '\\' -> hex.append("5c");
                case 'x' -> {
                    String digits = written.substring(i + 1, Math.min(i + 3, written.length()));
                    if (!digits.matches("[0-9A-Fa-f]{2}")) {
                        throw new IllegalArgumentException("\\x needs two hex digits in '" + written + "'");
                    }
                    hex.append(digits.toLowerCase(java.util.Locale.ROOT));
                    i += 2;
                }
                default -> throw new IllegalArgumentException("unknown escape '\\" + e + "' in '" + written + "'");
            }
        }
        return HexFormat.of().parseHex(hex);
    }

    /** {@code bytes} as {@link #parseBytes} reads them. */
    public static String writeBytes(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == '\r') {
                s.append("\\r");
            } else if (c == '\n') {
                s.append("\\n");
            } else if (c >= 0x20 && c < 0x7f && c != '\\') {
                s.append((char) c);
            } else {
                s.append(String.format("\\x%02X", c));
            }
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodeScannerSettings s && s.mode == mode && Arrays.equals(s.trigger, trigger)
                && Arrays.equals(s.stop, stop) && Arrays.equals(s.prefix, prefix) && Arrays.equals(s.suffix, suffix)
                && s.maxLength == maxLength;
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, Arrays.hashCode(trigger), Arrays.hashCode(stop), Arrays.hashCode(prefix),
                Arrays.hashCode(suffix), maxLength);
    }

    @Override
    public String toString() {
        return "CodeScannerSettings[" + mode + ", trigger " + writeBytes(trigger) + ", stop " + writeBytes(stop)
                + ", prefix " + writeBytes(prefix) + ", suffix " + writeBytes(suffix) + ", max " + maxLength + "]";
    }

}
