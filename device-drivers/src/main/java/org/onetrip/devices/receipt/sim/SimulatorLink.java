package org.onetrip.devices.receipt.sim;

import java.io.IOException;

/** The simulator's side of one connection: where its answers go. */
interface SimulatorLink {
    void write(byte[] bytes) throws IOException;
}
