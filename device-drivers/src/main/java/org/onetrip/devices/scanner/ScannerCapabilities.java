package org.onetrip.devices.scanner;

import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a scanner can do, as it reports it.
 *
 * @param model       the make and model, for technicians; may be empty
 * @param sources     platen, feeder or both; never empty
 * @param resolutions dots per inch it scans at, ascending; never empty
 * @param colorModes  colour modes it offers; never empty
 * @param formats     MIME types of the page files it sends, e.g. {@code image/jpeg}; never empty
 */
public record ScannerCapabilities(String model, Set<ScanSource> sources, SortedSet<Integer> resolutions,
                                  Set<ScanColorMode> colorModes, Set<String> formats) {
    public ScannerCapabilities {
        Objects.requireNonNull(model, "model");
        sources = Set.copyOf(sources);
        resolutions = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(resolutions));
        colorModes = Set.copyOf(colorModes);
        formats = Set.copyOf(formats);
        if (sources.isEmpty() || resolutions.isEmpty() || colorModes.isEmpty() || formats.isEmpty()) {
            throw new IllegalArgumentException("a scanner offers at least one source, resolution, colour mode and format");
        }
    }

    /** Why this scanner cannot do {@code request}, or empty when it can. */
    public java.util.Optional<String> refusal(ScanRequest request) {
        if (!sources.contains(request.source())) {
            return java.util.Optional.of("source " + request.source() + " not offered; offered " + sources);
        }
        if (!resolutions.contains(request.resolutionDpi())) {
            return java.util.Optional.of(request.resolutionDpi() + " dpi not offered; offered " + resolutions);
        }
        if (!colorModes.contains(request.colorMode())) {
            return java.util.Optional.of("colour mode " + request.colorMode() + " not offered; offered " + colorModes);
        }
        if (!formats.contains(request.format())) {
            return java.util.Optional.of("format " + request.format() + " not offered; offered " + formats);
        }
        return java.util.Optional.empty();
    }
}
