package org.onetrip.backend.http;

import java.nio.file.Path;

/**
 * A request body that was streamed to a file instead of held in memory, with what was learnt
 * while it streamed. The file belongs to the request: move it away to keep it; whatever is
 * left is deleted once the answer is sent.
 *
 * @param file   where the bytes are, on the data directory's file system
 * @param size   number of bytes
 * @param sha256 lower-case hex SHA-256 of the bytes
 */
public record Upload(Path file, long size, String sha256) {
}
