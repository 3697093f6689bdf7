package org.onetrip.kiosk.material;

import java.util.List;

import org.onetrip.kiosk.submission.Commitment;
import org.onetrip.kiosk.submission.PromisedMaterial;
import org.onetrip.kiosk.submission.ScannedMaterial;

/**
 * The materials part of a {@link org.onetrip.kiosk.submission.FilingRequest}: one PDF per scanned material,
 * the materials promised for later, and every signed commitment.
 */
public record MaterialFiling(List<ScannedMaterial> materials, List<PromisedMaterial> promised, List<Commitment> commitments) {
    public MaterialFiling {
        materials = List.copyOf(materials);
        promised = List.copyOf(promised);
        commitments = List.copyOf(commitments);
    }
}
