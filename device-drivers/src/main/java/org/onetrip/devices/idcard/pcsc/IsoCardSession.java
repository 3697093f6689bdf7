package org.onetrip.devices.idcard.pcsc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.onetrip.devices.transport.ApduChannel;

/**
 * ISO 7816-4 file access over one card connection: SELECT by AID, path or file id, and READ
 * BINARY in chunks. T=0 artefacts are handled here whatever the provider does: 61xx is
 * answered with GET RESPONSE, 6Cxx by resending with the length the card asked for.
 */
public final class IsoCardSession {
    /** The largest file this session reads; identity files are a few kilobytes. */
    public static final int MAX_FILE_LENGTH = 0x8000;
    private static final int MAX_CHAINED_RESPONSES = 64;

    private final ApduChannel channel;

    public IsoCardSession(ApduChannel channel) {
        this.channel = channel;
    }

    /** Sends a command, following 61xx and 6Cxx, and returns the final response whatever its status. */
    public ResponseApdu transmit(CommandApdu command) throws IOException {
        ResponseApdu response = ResponseApdu.of(channel.transmit(command.bytes()));
        if (response.statusWord() == StatusWord.WRONG_LE) {
            int le = response.sw2() == 0 ? 256 : response.sw2();
            response = ResponseApdu.of(channel.transmit(command.withLe(le).bytes()));
        }
        if (response.statusWord() != StatusWord.BYTES_REMAINING) {
            return response;
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(response.data());
        for (int i = 0; i < MAX_CHAINED_RESPONSES && response.statusWord() == StatusWord.BYTES_REMAINING; i++) {
            int le = response.sw2() == 0 ? 256 : response.sw2();
            response = ResponseApdu.of(channel.transmit(CommandApdu.getResponse(le).bytes()));
            data.writeBytes(response.data());
        }
        return new ResponseApdu(data.toByteArray(), response.sw());
    }

    /** Sends a command that must succeed with 9000. */
    public ResponseApdu require(String step, CommandApdu command) throws IOException {
        ResponseApdu response = transmit(command);
        if (response.statusWord() != StatusWord.OK) {
            throw new CardCommandException(step, command, response);
        }
        return response;
    }

    /** Selects an application; returns its FCI when asked for, else empty data. */
    public ResponseApdu selectAid(byte[] aid, boolean wantFci) throws IOException {
        return require("SELECT application", CommandApdu.selectByAid(aid, wantFci));
    }

    public void selectPath(byte[] path) throws IOException {
        require("SELECT path", CommandApdu.selectByPath(path));
    }

    public void selectFileId(int fileId) throws IOException {
        require(String.format("SELECT file %04X", fileId), CommandApdu.selectByFileId(fileId));
    }

    /**
     * Reads the selected transparent file in chunks of {@code chunk} bytes until a short
     * chunk, end of file (6282) or an offset outside the file (6B00).
     */
    public byte[] readBinary(int chunk) throws IOException {
        if (chunk < 1 || chunk > 256) {
            throw new IllegalArgumentException("READ BINARY chunk must be 1..256, was " + chunk);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        while (file.size() < MAX_FILE_LENGTH) {
            CommandApdu command = CommandApdu.readBinary(file.size(), chunk);
            ResponseApdu response = transmit(command);
            switch (response.statusWord()) {
                case OK -> {
                    file.writeBytes(response.data());
                    if (response.data().length < chunk) {
                        return file.toByteArray();
                    }
                }
                case END_OF_FILE -> {
                    file.writeBytes(response.data());
                    return file.toByteArray();
                }
                case OFFSET_OUTSIDE_FILE -> {
                    if (file.size() == 0) {
                        throw new CardCommandException("READ BINARY", command, response);
                    }
                    return file.toByteArray();
                }
                default -> throw new CardCommandException("READ BINARY", command, response);
            }
        }
        throw new IOException("file is longer than " + MAX_FILE_LENGTH + " bytes");
    }
}
