package org.onetrip.kiosk.material;

import org.onetrip.config.calendar.WorkingDayCalendar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;

import org.onetrip.config.catalog.Bundle;
import org.onetrip.config.catalog.BundleRequirements;
import org.onetrip.config.catalog.Material;
import org.onetrip.config.catalog.Matter;
import org.onetrip.config.catalog.ServiceCatalog;
import org.onetrip.devices.scanner.image.PageInspector;
import org.onetrip.kiosk.session.SessionScope;

/**
 * Makes the material checklist of a matter or bundle for a citizen's session. A bundle's materials are
 * merged first ({@link BundleRequirements}): a material several matters need is one line, scanned once.
 */
public final class MaterialDesk {
    private final ServiceCatalog catalog;
    private final PageInspector inspector;
    private final Path spoolRoot;
    private final Path scratchRoot;
    private final Clock clock;
    private final WorkingDayCalendar calendar;
    private final Executor cleaner;

    /**
     * @param spoolRoot   where sessions keep their sealed pages, one fresh directory each; on the kiosk's own disk
     * @param scratchRoot where a raw scan and a page being checked wait in clear for a moment: in memory
     *                    ({@link #memoryScratch}) where the kiosk has it
     * @param cleaner     deletes an ended session's files, off the thread that ends the session
     */
    public MaterialDesk(ServiceCatalog catalog, PageInspector inspector, Path spoolRoot, Path scratchRoot, Clock clock,
                        WorkingDayCalendar calendar, Executor cleaner) {
        this.catalog = catalog;
        this.inspector = inspector;
        this.spoolRoot = spoolRoot;
        this.scratchRoot = scratchRoot;
        this.clock = clock;
        this.calendar = calendar;
        this.cleaner = cleaner;
    }

    /** The checklist for one matter, held in (and wiped with) {@code session}. */
    public MaterialChecklist checklistFor(Matter matter, SessionScope session) throws IOException {
        return checklist(BundleRequirements.of(List.of(matter)), session);
    }

    /** The merged checklist for a bundle, held in (and wiped with) {@code session}. */
    public MaterialChecklist checklistFor(Bundle bundle, SessionScope session) throws IOException {
        return checklist(catalog.requirementsOf(bundle), session);
    }

    /**
     * A scratch directory in memory for the kiosk whose data is in {@code dataDirectory}: under
     * {@code /dev/shm} where that is a writable directory (Linux's memory file system), else beside the spool.
     */
    public static Path memoryScratch(Path dataDirectory) {
        Path shm = Path.of("/dev/shm");
        String name = "onetrip-" + Integer.toHexString(dataDirectory.toAbsolutePath().normalize().toString().hashCode());
        if (Files.isDirectory(shm) && Files.isWritable(shm)) {
            return shm.resolve(name);
        }
        return dataDirectory.resolve("materials").resolve("scratch");
    }

    /** Removes the pages every earlier session left, as a crash or power cut leaves them: at start-up. */
    public void sweepLeftovers() {
        SessionSpool.sweep(spoolRoot, scratchRoot);
    }

    /** At shutdown: removes every session's pages, and the scratch directory, which is the kiosk's own. */
    public void close() {
        SessionSpool.sweep(spoolRoot, scratchRoot);
        try {
            Files.deleteIfExists(scratchRoot);
        } catch (IOException e) {
            // not empty (another process uses it) or gone: nothing of a session is left in it either way
        }
    }

    private MaterialChecklist checklist(BundleRequirements requirements, SessionScope session) throws IOException {
        SessionSpool spool = SessionSpool.open(spoolRoot, scratchRoot);
        List<MaterialItem> items = new ArrayList<>();
        for (BundleRequirements.MergedMaterial merged : requirements.materials()) {
            Material material = catalog.material(merged.material()).orElseThrow(() -> new IllegalArgumentException(
                    "the catalog names material " + merged.material() + " but does not define it"));
            MaterialPages pages = new MaterialPages(material.code(), spool, inspector);
            items.add(new MaterialItem(material, merged.matters(), merged.topUpDeadlineDays(),
                    merged.commitmentText(), pages));
        }
        MaterialChecklist checklist = new MaterialChecklist(items, spool, clock, calendar, cleaner);
        try {
            return session.hold(checklist);
        } catch (IllegalStateException e) {
            checklist.wipe();
            throw e;
        }
    }
}
