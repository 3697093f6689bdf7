package org.onetrip.devices.printer.ipp;

/**
 * An IPP message could not be decoded or encoded: truncated, a length running past the end,
 * a value of the wrong size for its tag, a group or collection out of place. The message
 * says where (byte offset) and what; it never carries document data.
 */
public final class IppFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public IppFormatException(String message) {
        super(message);
    }
}
