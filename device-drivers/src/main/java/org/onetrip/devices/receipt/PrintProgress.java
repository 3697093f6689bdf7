package org.onetrip.devices.receipt;

/**
 * How far a receipt got.
 *
 * @param linesPrinted lines the printer confirmed it printed
 * @param totalLines   lines in the receipt (text lines, codes, images and feeds)
 * @param bytesSent    bytes written to the printer
 * @param totalBytes   bytes of the whole receipt
 */
public record PrintProgress(int linesPrinted, int totalLines, int bytesSent, int totalBytes) {
    public PrintProgress {
        if (linesPrinted < 0 || linesPrinted > totalLines) {
            throw new IllegalArgumentException("lines printed must be 0.." + totalLines + ", was " + linesPrinted);
        }
        if (bytesSent < 0 || bytesSent > totalBytes) {
            throw new IllegalArgumentException("bytes sent must be 0.." + totalBytes + ", was " + bytesSent);
        }
    }

    public static PrintProgress nothing(int totalLines, int totalBytes) {
        return new PrintProgress(0, totalLines, 0, totalBytes);
    }

    public boolean nothingSent() {
        return bytesSent == 0;
    }

    @Override
    public String toString() {
        return linesPrinted + " of " + totalLines + " lines printed, " + bytesSent + " of " + totalBytes + " bytes sent";
    }
}
