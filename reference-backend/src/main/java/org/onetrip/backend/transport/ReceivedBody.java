package org.onetrip.backend.transport;

import java.util.Optional;
import org.onetrip.backend.http.Upload;

/** A request body read in full: bytes in memory, or a file on disk. */
record ReceivedBody(byte[] bytes, Optional<Upload> upload) {
}
