package org.onetrip.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.onetrip.kiosk.health.DiagnosticResult;
import org.onetrip.kiosk.maintenance.ChainVerdict;
import org.onetrip.kiosk.maintenance.LogExport;
import org.onetrip.kiosk.maintenance.MaintenanceConsole;
import org.onetrip.kiosk.maintenance.MaintenanceEntry;
import org.onetrip.kiosk.maintenance.VersionInfo;
import org.onetrip.kiosk.outbox.ExportOutcome;
import org.onetrip.kiosk.outbox.OutboxEntry;
import org.onetrip.kiosk.outbox.OutboxState;
import org.onetrip.kiosk.supervision.DailyErrors;
import org.onetrip.kiosk.supervision.DeviceView;

/**
 * The technician's console: every device with its state, reasons, last error and counters and
 * a chart of its errors over the last days; a self-test per device; the outbox, with each filing
 * set aside for failing, to retry or to export to a removable drive; the masked log and its export;
 * out of service and back; what checking the audit journal found, in words; versions. Everything
 * that waits on a device or the disk runs off the screen's thread.
 */
final class MaintenanceScreen extends VBox {

    private static final int LOG_LINES = 15;
    private static final List<Path> REMOVABLE_DRIVES = List.of(Path.of("/media"), Path.of("/mnt"));
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final Messages messages;
    private final MaintenanceConsole console;
    private final Executor io;
    private final VBox content = new VBox();
    private final Label status = new Label();

    MaintenanceScreen(Messages messages, MaintenanceEntry entry, MaintenanceConsole console, Executor io) {
        this.messages = messages;
        this.console = console;
        this.io = io;
        setId("maintenance");
        getStyleClass().add("maintenance");

        Label title = new BoundLabel(messages.text("maintenance.title"), "maintenance-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button refresh = button("maintenance-refresh", "maintenance.refresh", this::refresh);
        Button leave = button("maintenance-leave", "maintenance.leave", entry::leave);
        HBox header = new HBox(title, gap, refresh, leave);
        header.getStyleClass().add("maintenance-header");
        status.setId("maintenance-status");
        status.getStyleClass().add("maintenance-status");
        status.setWrapText(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        content.getStyleClass().add("maintenance-content");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox service = new HBox(16,
                button("maintenance-out-of-service", "maintenance.takeOut",
                        () -> offScreen(console::takeOutOfService, "maintenance.takenOut")),
                button("maintenance-in-service", "maintenance.returnToService",
                        () -> offScreen(console::returnToService, "maintenance.returned")));
        service.getStyleClass().add("maintenance-header");
        getChildren().addAll(header, service, status, scroll);
        refresh();
    }

    /** A technician's action, journaled (a wait for the disk), off the screen's thread; then says it is done. */
    private void offScreen(Runnable action, String doneKey) {
        CompletableFuture.runAsync(action, io).thenRun(() -> Platform.runLater(() ->
                status.setText(messages.resolve(doneKey))));
    }

    /** Rereads everything; what waits on the disk runs off the screen's thread. */
    void refresh() {
        CompletableFuture.supplyAsync(this::snapshot, io).thenAccept(s -> Platform.runLater(() -> show(s)));
    }

    private record Snapshot(List<DeviceView> devices, Map<String, List<DailyErrors>> charts,
            Map<OutboxState, Integer> outbox, List<OutboxEntry> setAside, List<String> log, ChainVerdict journal,
            VersionInfo versions) {
    }

    private Snapshot snapshot() {
        List<DeviceView> devices = console.devices();
        Map<String, List<DailyErrors>> charts = new java.util.LinkedHashMap<>();
        devices.forEach(device -> charts.put(device.name(), console.errorChart(device.name())));
        return new Snapshot(devices, charts, console.outboxCounts(), console.setAside(), console.logTail(LOG_LINES),
                console.journalVerdict(),
                console.versions());
    }

    private void show(Snapshot snapshot) {
        content.getChildren().clear();
        content.getChildren().add(section("maintenance.devices"));
        for (DeviceView device : snapshot.devices()) {
            content.getChildren().add(deviceCard(device, snapshot.charts().get(device.name())));
        }
        content.getChildren().add(section("maintenance.outbox"));
        Label counts = text(messages.resolve("maintenance.outboxCounts",
                snapshot.outbox().getOrDefault(OutboxState.QUEUED, 0) + snapshot.outbox().getOrDefault(OutboxState.UPLOADING, 0),
                snapshot.outbox().getOrDefault(OutboxState.ACKNOWLEDGED, 0),
                snapshot.outbox().getOrDefault(OutboxState.REJECTED, 0),
                snapshot.outbox().getOrDefault(OutboxState.SET_ASIDE, 0)), "maintenance-line");
        counts.setId("maintenance-outbox");
        content.getChildren().addAll(counts, new HBox(button("maintenance-retry", "maintenance.retryNow",
                () -> offScreen(console::retryNow, "maintenance.retrying"))));
        if (!snapshot.setAside().isEmpty()) {
            content.getChildren().add(text(messages.resolve("maintenance.setAside.title", snapshot.setAside().size()),
                    "maintenance-line"));
        }
        snapshot.setAside().forEach(filing -> content.getChildren().add(setAsideCard(filing)));
        content.getChildren().add(section("maintenance.log"));
        Label log = text(String.join("\n", snapshot.log()), "maintenance-log");
        log.setId("maintenance-log");
        content.getChildren().addAll(log, new HBox(button("maintenance-export", "maintenance.export", this::export)));
        content.getChildren().addAll(section("maintenance.journal"), journalLine(snapshot.journal()));
        content.getChildren().add(section("maintenance.versions"));
        VersionInfo v = snapshot.versions();
        content.getChildren().add(text(messages.resolve("maintenance.versionLine", v.kioskId(), v.software(),
                v.catalogVersion(), v.configuration(), v.devices()), "maintenance-line"));
    }

    private Label journalLine(ChainVerdict verdict) {
        Label line = verdict instanceof ChainVerdict.Broken broken
                ? text(messages.resolve("maintenance.journal.broken", String.valueOf(broken.sequence()),
                        messages.resolve(MessageKeys.problem(broken.problem()))), "maintenance-line")
                : text(messages.resolve("maintenance.journal.intact",
                        String.valueOf(((ChainVerdict.Intact) verdict).entries())), "maintenance-line");
        line.setId("maintenance-journal");
        if (!verdict.intact()) {
            line.getStyleClass().add("maintenance-journal-broken");
        }
        return line;
    }

    private VBox deviceCard(DeviceView device, List<DailyErrors> errors) {
        Label name = text(messages.resolve("maintenance.role." + device.role().name()) + " (" + device.name() + ") · "
                + messages.resolve("maintenance.state." + device.status().state().name())
                + (device.status().reasons().isEmpty() ? "" : " " + device.status().reasons()), "maintenance-device-name");
        name.setId("device-" + device.name());
        VBox card = new VBox(name);
        device.status().lastError().ifPresent(error ->
                card.getChildren().add(text(messages.resolve("maintenance.lastError", error), "maintenance-line")));
        if (!device.total().isEmpty()) {
            card.getChildren().add(counterTable(device));
        }
        Label result = text("", "maintenance-line");
        result.setId("selftest-" + device.name());
        Button selfTest = button("selftest-button-" + device.name(), "maintenance.selfTest", () -> {
            result.setText(messages.resolve("maintenance.testing"));
            CompletableFuture.supplyAsync(() -> console.selfTest(device.name()), io)
                    .thenAccept(r -> Platform.runLater(() -> result.setText(describe(r))));
        });
        card.getChildren().addAll(new HBox(16, selfTest, result), chart(errors));
        card.getStyleClass().add("maintenance-card");
        return card;
    }

    /** The device's counters since it was first used: what, how many, in what unit. */
    private GridPane counterTable(DeviceView device) {
        GridPane table = new GridPane();
        table.setId("counters-" + device.name());
        table.getStyleClass().add("maintenance-counters");
        table.setHgap(24);
        table.addRow(0, text(messages.resolve("maintenance.counters"), "maintenance-counter-heading"),
                text(messages.resolve("maintenance.counters.count"), "maintenance-counter-heading"),
                text(messages.resolve("maintenance.counters.unit"), "maintenance-counter-heading"));
        int line = 1;
        for (DeviceCounters.Row row : DeviceCounters.rows(device.total())) {
            Label count = text(String.format(messages.language().getValue().locale(), "%,d", row.value()),
                    "maintenance-counter-value");
            table.addRow(line++, text(messages.resolve(row.nameKey(), row.rawName().orElse("")), "maintenance-line"),
                    count, text(messages.resolve(row.unitKey()), "maintenance-line"));
        }
        return table;
    }

    /** A filing set aside for failing: why, how often and when it was tried; retry or export it. */
    private VBox setAsideCard(OutboxEntry filing) {
        String id = filing.submissionId();
        String cause = filing.setAside().map(aside -> messages.resolve("maintenance.setAside.cause." + aside.cause()))
                .orElse("");
        Label line = text(messages.resolve("maintenance.setAside.line", filing.trackingNumber(), cause,
                filing.attempts(), when(filing.tries().first()), when(filing.tries().last())), "maintenance-device-name");
        line.setId("setaside-" + id);
        VBox card = new VBox(line);
        filing.lastError().ifPresent(error ->
                card.getChildren().add(text(messages.resolve("maintenance.lastError", error), "maintenance-line")));
        filing.setAside().flatMap(OutboxEntry.SetAside::exportedAt).ifPresent(at -> card.getChildren()
                .add(text(messages.resolve("maintenance.setAside.exportedAt", when(Optional.of(at))), "maintenance-line")));
        Button retry = button("setaside-retry-" + id, "maintenance.setAside.retry", () ->
                CompletableFuture.supplyAsync(() -> console.retrySetAside(id), io).thenAccept(done -> Platform.runLater(() -> {
                    status.setText(messages.resolve(done ? "maintenance.setAside.retried" : "maintenance.setAside.notRetried",
                            filing.trackingNumber()));
                    refresh();
                })));
        Button export = button("setaside-export-" + id, "maintenance.setAside.export", () -> exportFiling(filing));
        card.getChildren().add(new HBox(16, retry, export));
        card.getStyleClass().add("maintenance-card");
        return card;
    }

    private void exportFiling(OutboxEntry filing) {
        Optional<Path> drive = removableDrive();
        if (drive.isEmpty()) {
            status.setText(messages.resolve("maintenance.noDrive"));
            return;
        }
        CompletableFuture.supplyAsync(() -> console.exportSetAside(filing.submissionId(), drive.get()), io)
                .thenAccept(done -> Platform.runLater(() -> {
                    status.setText(done instanceof ExportOutcome.Written written
                            ? messages.resolve("maintenance.setAside.exported", filing.trackingNumber(), written.file())
                            : messages.resolve("maintenance.exportFailed", ((ExportOutcome.Failed) done).message()));
                    refresh();
                }));
    }

    private static String when(Optional<Instant> instant) {
        return instant.map(WHEN::format).orElse("-");
    }

    private String describe(DiagnosticResult result) {
        // a pass is said in the screen's words; a failure keeps the device's own answer for the technician
        return result.ok() ? messages.resolve("maintenance.passed", result.took().toMillis())
                : messages.resolve("maintenance.failed", result.took().toMillis(), result.message());
    }

    private BarChart<String, Number> chart(List<DailyErrors> errors) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (DailyErrors day : errors) {
            series.getData().add(new XYChart.Data<>(day.day().toString().substring(5), day.errors()));
        }
        chart.getData().add(series);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setTitle(messages.resolve("maintenance.errorChart"));
        chart.setPrefHeight(220);
        chart.getStyleClass().add("maintenance-chart");
        return chart;
    }

    private void export() {
        Optional<Path> drive = removableDrive();
        if (drive.isEmpty()) {
            status.setText(messages.resolve("maintenance.noDrive"));
            return;
        }
        CompletableFuture.supplyAsync(() -> console.exportLogs(drive.get()), io).thenAccept(done -> Platform.runLater(() ->
                status.setText(done instanceof LogExport.Exported exported
                        ? messages.resolve("maintenance.exported", exported.files(), exported.folder())
                        : messages.resolve("maintenance.exportFailed", ((LogExport.Failed) done).message()))));
    }

    /** The first writable folder a removable drive is mounted on. */
    private static Optional<Path> removableDrive() {
        for (Path root : REMOVABLE_DRIVES) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> mounts = Files.list(root)) {
                Optional<Path> writable = mounts.filter(Files::isDirectory).filter(Files::isWritable).findFirst();
                if (writable.isPresent()) {
                    return writable;
                }
            } catch (java.io.IOException e) {
                // an unreadable mount root holds no drive for us
            }
        }
        return Optional.empty();
    }

    private Label section(String key) {
        return new BoundLabel(messages.text(key), "maintenance-section");
    }

    private static Label text(String value, String styleClass) {
        Label label = new Label(value);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(messages.text(key));
        button.getStyleClass().add("secondary-button");
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }
}
