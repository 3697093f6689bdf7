package org.onetrip.devices.scanner;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One page as the scanner delivered it, already on disk.
 *
 * @param number    1 for the first page of the job
 * @param file      the page file in the spool directory the job was started with; the caller owns it
 * @param mediaType what the scanner said it sent, e.g. {@code image/jpeg}; the file's content is checked later
 * @param bytes     the file's size
 */
public record ScannedPage(int number, Path file, String mediaType, long bytes) {
    public ScannedPage {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(mediaType, "mediaType");
        if (number < 1) {
            throw new IllegalArgumentException("page numbers start at 1, was " + number);
        }
    }
}
