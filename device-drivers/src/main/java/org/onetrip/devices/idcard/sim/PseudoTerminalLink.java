package org.onetrip.devices.idcard.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.onetrip.devices.transport.pty.PseudoTerminal;

/** A simulator link on a fresh pseudo-terminal, optionally reachable through a symbolic link. */
public final class PseudoTerminalLink implements SimulatorLink {
    private final PseudoTerminal pty;
    private final Optional<Path> link;

    public PseudoTerminalLink(Optional<Path> link) throws IOException {
        this.pty = PseudoTerminal.open();
        this.link = link;
        if (link.isPresent()) {
            pty.linkTo(link.get());
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        return pty.read(buffer, timeout);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        pty.write(bytes, offset, length);
    }

    /** The symbolic link if there is one, else the slave device path. */
    @Override
    public String address() {
        return link.map(Path::toString).orElse(pty.slavePath());
    }

    @Override
    public void close() {
        pty.close();
    }
}
