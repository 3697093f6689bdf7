package org.onetrip.devices.receipt.sim;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Splits an ESC/POS byte stream into commands, one byte at a time, the way a printer reads
 * its receive buffer. Pure; keeps the half-read command between calls.
 */
final class EscPosParser {
    private static final int ESC = 0x1B;
    private static final int GS = 0x1D;
    private static final int FS = 0x1C;
    private static final int DLE = 0x10;

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    /** Drops a half-read command (after the buffers were cleared). */
    void reset() {
        pending.reset();
    }

    /** Takes one byte; returns the command it completes, or null. */
    PrinterCommand accept(int b) {
        if (pending.size() == 0) {
            if (b == 0x0A) {
                return new PrinterCommand.PrintLine();
            }
            if (b >= 0x20) {
                return new PrinterCommand.TextByte(b);
            }
            if (b != ESC && b != GS && b != FS && b != DLE) {
                return new PrinterCommand.Ignored(new byte[] {(byte) b});
            }
        }
        pending.write(b);
        byte[] c = pending.toByteArray();
        int needed = lengthOf(c);
        if (needed == 0 || c.length < needed) {
            return null;
        }
        pending.reset();
        return decode(c);
    }

    /** Total length of the command starting in {@code c}, or 0 while that is not known yet. */
    private static int lengthOf(byte[] c) {
        if (c.length < 2) {
            return 0;
        }
        int lead = c[0] & 0xFF;
        int op = c[1] & 0xFF;
        if (lead == ESC) {
            switch (op) {
                case '@': case '2':
                    return 2;
                case 'p':
                    return 5;
                default:
                    return 3;
            }
        }
        if (lead == FS) {
            return op == '&' || op == '.' ? 2 : 3;
        }
        if (lead == DLE) {
            return 3;
        }
        switch (op) {
            case '(':
                return c.length < 5 ? 0 : 5 + ((c[3] & 0xFF) | (c[4] & 0xFF) << 8);
            case 'k':
                if (c.length < 3) {
                    return 0;
                }
                if ((c[2] & 0xFF) >= 65) {
                    return c.length < 4 ? 0 : 4 + (c[3] & 0xFF);
                }
                return c.length > 3 && c[c.length - 1] == 0 ? c.length : 0;
            case 'v':
                if (c.length < 8) {
                    return 0;
                }
                int x = (c[4] & 0xFF) | (c[5] & 0xFF) << 8;
                int y = (c[6] & 0xFF) | (c[7] & 0xFF) << 8;
                return 8 + x * y;
            case 'V':
                if (c.length < 3) {
                    return 0;
                }
                return (c[2] & 0xFF) >= 0x41 ? 4 : 3;
            case 'L':
                return 4;
            default:
                return 3;
        }
    }

    private static PrinterCommand decode(byte[] c) {
        int lead = c[0] & 0xFF;
        int op = c[1] & 0xFF;
        int n = c.length > 2 ? c[2] & 0xFF : 0;
        if (lead == ESC) {
            switch (op) {
                case '@': return new PrinterCommand.Initialize();
                case 'a': return new PrinterCommand.Align(n % 48);
                case 'E': return new PrinterCommand.Emphasis((n & 1) == 1);
                case '!': return new PrinterCommand.PrintMode(n);
                case '3': return new PrinterCommand.LineSpacing(n);
                case '2': return new PrinterCommand.LineSpacing(-1);
                case 'd': return new PrinterCommand.FeedLines(n);
                default: return new PrinterCommand.Ignored(c);
            }
        }
        if (lead == FS) {
            if (op == '&') {
                return new PrinterCommand.ChineseMode(true);
            }
            if (op == '.') {
                return new PrinterCommand.ChineseMode(false);
            }
            return new PrinterCommand.Ignored(c);
        }
        if (lead == DLE) {
            return new PrinterCommand.Realtime(op, n);
        }
        switch (op) {
            case '!': return new PrinterCommand.CharacterSize((n >> 4 & 7) + 1, (n & 7) + 1);
            case 'B': return new PrinterCommand.Inverted((n & 1) == 1);
            case 'H': case 'w': case 'h': return new PrinterCommand.BarcodeSetting(op, n);
            case 'a': return new PrinterCommand.EnableAsb(n);
            case 'r': return new PrinterCommand.PaperSensorQuery(n);
            case 'I': return new PrinterCommand.PrinterInfo(n);
            case 'V': return new PrinterCommand.Cut(n == 0 || n == 0x30 || n == 0x41, c.length > 3 ? c[3] & 0xFF : 0);
            case 'k':
                if (n >= 65) {
                    return new PrinterCommand.Barcode(n, Arrays.copyOfRange(c, 4, c.length));
                }
                return new PrinterCommand.Barcode(n, Arrays.copyOfRange(c, 3, c.length - 1));
            case 'v': {
                int x = (c[4] & 0xFF) | (c[5] & 0xFF) << 8;
                int y = (c[6] & 0xFF) | (c[7] & 0xFF) << 8;
                return new PrinterCommand.Raster(x, y, Arrays.copyOfRange(c, 8, c.length));
            }
            case '(':
                return decodeFunction(c);
            default:
                return new PrinterCommand.Ignored(c);
        }
    }

    private static PrinterCommand decodeFunction(byte[] c) {
        if ((c[2] & 0xFF) != 'k' || c.length < 7 || (c[5] & 0xFF) != 0x31) {
            return new PrinterCommand.Ignored(c);
        }
        int fn = c[6] & 0xFF;
        switch (fn) {
            case 'P':
                return new PrinterCommand.QrStore(Arrays.copyOfRange(c, 8, c.length));
            case 'Q':
                return new PrinterCommand.QrPrint();
            case 'A':
            case 'C':
            case 'E':
                return new PrinterCommand.QrSetting(fn, c.length > 7 ? c[7] & 0xFF : 0);
            default:
                return new PrinterCommand.Ignored(c);
        }
    }
}
