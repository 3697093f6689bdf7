package org.onetrip.ui;

import java.util.Objects;
import java.util.concurrent.Executor;
import org.onetrip.kiosk.maintenance.MaintenanceConsole;
import org.onetrip.kiosk.maintenance.MaintenanceEntry;

/**
 * Maintenance mode as the screens see it: the hidden entry (gesture, PIN, technician card), the
 * technician's console once it is open, and where the console's slow work runs.
 */
public record MaintenanceModels(MaintenanceEntry entry, MaintenanceConsole console, Executor work) {

    public MaintenanceModels {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(console, "console");
        Objects.requireNonNull(work, "work");
    }
}
