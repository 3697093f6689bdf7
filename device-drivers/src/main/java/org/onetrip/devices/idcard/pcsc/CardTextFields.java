package org.onetrip.devices.idcard.pcsc;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.onetrip.devices.idcard.CardText;

/** Text fields of PC/SC card files: strict UTF-8, then the {@link CardText} check. */
final class CardTextFields {
    private CardTextFields() {
    }

    /**
     * The field's text, trimmed.
     *
     * @throws IllegalArgumentException when the bytes are not UTF-8 or the text holds a control
     *         character or an unpaired surrogate; the message names the field, not its content
     */
    static String utf8(String field, byte[] value) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(field + " is not valid UTF-8");
        }
        // checked before trimming: trim() would silently drop control characters at either end
        return CardText.checked(field, text).strip();
    }
}
