package org.onetrip.kiosk.material;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.onetrip.devices.scanner.ScanFailed;

/**
 * How a scan into a material went.
 *
 * @param added      pages added to the material
 * @param blankPages numbers (in the scanner's count, from 1) of sheets that were blank and left out
 * @param unusable   sheets whose image could not be read, and why
 * @param stoppedBy  present when the scanner refused or stopped before it ran out of paper
 */
public record ScanReport(int added, List<Integer> blankPages, List<PageOutcome.Unusable> unusable,
                         Optional<ScanFailed> stoppedBy) {
    public ScanReport {
        blankPages = List.copyOf(blankPages);
        unusable = List.copyOf(unusable);
        Objects.requireNonNull(stoppedBy, "stoppedBy");
    }
}
