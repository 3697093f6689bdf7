package org.onetrip.devices.receipt.escpos;

import java.util.Set;

import org.onetrip.devices.receipt.PrinterCondition;

/** Something an ESC/POS printer sent back, as the {@link PrinterReplyDecoder} sorted it. */
public sealed interface PrinterMessage {

    /** The one-byte answer to a {@code DLE EOT n}; which n is known only to who asked. */
    record RealtimeReply(int value) implements PrinterMessage {
    }

    /** An automatic status back packet, unasked. */
    record AutomaticStatus(Set<PrinterCondition> conditions) implements PrinterMessage {
    }

    /** The answer to {@code GS r 1}: everything sent before it was processed. */
    record PaperSensorReply(Set<PrinterCondition> conditions) implements PrinterMessage {
    }

    /** The answer to {@code GS I n}, without the header and the NUL. */
    record InfoReply(String text) implements PrinterMessage {
    }

    /** A byte that fits none of the above, kept for technicians. */
    record Unexpected(int value) implements PrinterMessage {
    }
}
