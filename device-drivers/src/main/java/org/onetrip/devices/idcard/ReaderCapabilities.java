package org.onetrip.devices.idcard;

import java.util.Set;

/**
 * What a reader can do.
 *
 * @param kind           the kind of reader, for example {@code SAM serial} or {@code PC/SC}
 * @param photoFormats   photo formats it delivers
 * @param detectsRemoval whether it reports card removal by itself
 * @param cardTypes      the card types it reads, by profile name
 */
public record ReaderCapabilities(String kind, Set<PhotoFormat> photoFormats, boolean detectsRemoval, Set<String> cardTypes) {
    public ReaderCapabilities {
        photoFormats = Set.copyOf(photoFormats);
        cardTypes = Set.copyOf(cardTypes);
    }
}
