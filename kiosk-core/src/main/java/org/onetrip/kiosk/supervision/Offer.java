package org.onetrip.kiosk.supervision;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.onetrip.config.catalog.BundleRequirements;
import org.onetrip.config.catalog.Matter;
import org.onetrip.config.catalog.MaterialRequirement;
import org.onetrip.kiosk.shell.Availability;
import org.onetrip.kiosk.shell.Journey;

/**
 * What the kiosk offers citizens now, and why not more.
 *
 * @param availability in service, or out of service with the reason the screen shows
 * @param services     what is offered; empty when out of service
 * @param limits       one line per device that limits the offer, for the log and technicians
 *                     (for example {@code certificate-printer OFFLINE [PAPER_OUT]}); never personal data
 */
public record Offer(Availability availability, Set<OfferedService> services, List<String> limits) {

    public Offer {
        Objects.requireNonNull(availability, "availability");
        services = services.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(services));
        limits = List.copyOf(limits);
        if (availability instanceof Availability.OutOfService && !services.isEmpty()) {
            throw new IllegalArgumentException("a kiosk out of service offers nothing, got " + services);
        }
    }

    public boolean inService() {
        return availability instanceof Availability.InService;
    }

    public boolean offers(OfferedService service) {
        return services.contains(service);
    }

    /** Whether the home screen shows a journey's button. */
    public boolean offers(Journey journey) {
        return switch (journey) {
            case FILE_APPLICATION -> offers(OfferedService.FILE_WITH_SCAN) || offers(OfferedService.FILE_WITHOUT_SCAN);
            case PRINT_CERTIFICATE -> offers(OfferedService.PRINT_CERTIFICATE);
            case CHECK_PROGRESS -> offers(OfferedService.CHECK_PROGRESS);
            // the platform's own answers say whether a payment can be made; the kiosk needs only to be in service
            case PAY -> inService();
        };
    }

    /** Whether this matter can be filed now: with a scanner any, without one only those needing no scan now. */
    public boolean canFile(Matter matter) {
        if (offers(OfferedService.FILE_WITH_SCAN)) {
            return true;
        }
        return offers(OfferedService.FILE_WITHOUT_SCAN)
                && matter.materials().stream().allMatch(Offer::needsNoScanNow);
    }

    /** Whether a bundle can be filed now, judged on its merged materials. */
    public boolean canFile(BundleRequirements bundle) {
        if (offers(OfferedService.FILE_WITH_SCAN)) {
            return true;
        }
        return offers(OfferedService.FILE_WITHOUT_SCAN)
                && bundle.materials().stream().allMatch(m -> m.mayTopUpLater() || m.acceptsCommitment());
    }

    private static boolean needsNoScanNow(MaterialRequirement requirement) {
        return requirement.mayTopUpLater() || requirement.acceptsCommitment();
    }
}
