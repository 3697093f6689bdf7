package org.onetrip.kiosk.health;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.kiosk.supervision.CounterStore;
import org.onetrip.kiosk.supervision.DeviceView;
import org.onetrip.kiosk.supervision.OfferedService;

/**
 * A {@link HealthSnapshot} as Prometheus metrics, in the text exposition format 0.0.4, written by
 * the Prometheus Java client library ({@code prometheus-metrics-exposition-textformats}) from its
 * own data model: the names, types, escaping and number format are the library's. A pure function.
 */
public final class PrometheusText {
    /** The content type of the format. */
    public static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

    private PrometheusText() {
    }

    public static String write(HealthSnapshot health) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PrometheusTextFormatWriter.create().write(out, snapshots(health), EscapingScheme.ALLOW_UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The kiosk's health in the library's data model. */
    static MetricSnapshots snapshots(HealthSnapshot health) {
        MetricSnapshots.Builder all = MetricSnapshots.builder();
        all.metricSnapshot(gauge("onetrip_in_service", "1 when the kiosk serves citizens, 0 when it is out of service")
                .dataPoint(point(Labels.EMPTY, health.offer().inService() ? 1 : 0)).build());

        GaugeSnapshot.Builder offered = gauge("onetrip_service_offered", "1 for each service the kiosk offers now");
        for (OfferedService service : OfferedService.values()) {
            offered.dataPoint(point(Labels.of("service", service.name()), health.services().contains(service) ? 1 : 0));
        }
        all.metricSnapshot(offered.build());

        GaugeSnapshot.Builder up = gauge("onetrip_device_up", "1 when the device can serve citizens (online, busy or degraded)");
        GaugeSnapshot.Builder state = gauge("onetrip_device_state", "1 for the state each device is in, 0 for the others");
        GaugeSnapshot.Builder reasons = gauge("onetrip_device_reason", "1 for each reason a device reports now");
        GaugeSnapshot.Builder since = gauge("onetrip_device_since_seconds", "when each device entered its state, in Unix seconds");
        CounterSnapshot.Builder events = counter("onetrip_device_events", "what each device counted, over every run of the kiosk");
        for (DeviceView d : health.devices()) {
            up.dataPoint(point(Labels.of("device", d.name(), "role", d.role().configName()),
                    d.status().state().isUsable() ? 1 : 0));
            for (DeviceState each : DeviceState.values()) {
                state.dataPoint(point(Labels.of("device", d.name(), "state", each.name()), d.status().state() == each ? 1 : 0));
            }
            for (DeviceReason reason : d.status().reasons()) {
                reasons.dataPoint(point(Labels.of("device", d.name(), "reason", reason.name()), 1));
            }
            since.dataPoint(point(Labels.of("device", d.name()), d.status().since().getEpochSecond()));
            for (Map.Entry<String, Long> e : new TreeMap<>(d.total()).entrySet()) {
                events.dataPoint(count(Labels.of("device", d.name(), "event", e.getKey()), e.getValue()));
            }
        }
        all.metricSnapshot(up.build()).metricSnapshot(state.build()).metricSnapshot(reasons.build())
                .metricSnapshot(since.build()).metricSnapshot(events.build());

        Map<String, Long> kiosk = health.counters();
        all.metricSnapshot(counter("onetrip_uptime_seconds", "seconds the kiosk has run, over every run")
                .dataPoint(count(Labels.EMPTY, kiosk.getOrDefault(CounterStore.UPTIME_SECONDS, 0L))).build());
        all.metricSnapshot(counter("onetrip_starts", "times the kiosk started")
                .dataPoint(count(Labels.EMPTY, kiosk.getOrDefault(CounterStore.STARTS, 0L))).build());
        all.metricSnapshot(counter("onetrip_restarts", "times the kiosk started again after a previous run")
                .dataPoint(count(Labels.EMPTY, kiosk.getOrDefault(CounterStore.RESTARTS, 0L))).build());
        CounterSnapshot.Builder other = counter("onetrip_events", "the kiosk's other counters, e.g. submissions sent and rejected");
        for (Map.Entry<String, Long> e : new TreeMap<>(kiosk).entrySet()) {
            if (!e.getKey().equals(CounterStore.UPTIME_SECONDS) && !e.getKey().equals(CounterStore.STARTS)
                    && !e.getKey().equals(CounterStore.RESTARTS)) {
                other.dataPoint(count(Labels.of("event", e.getKey()), e.getValue()));
            }
        }
        all.metricSnapshot(other.build());
        return all.build();
    }

    private static GaugeSnapshot.Builder gauge(String name, String help) {
        return GaugeSnapshot.builder().name(name).help(help);
    }

    private static CounterSnapshot.Builder counter(String name, String help) {
        return CounterSnapshot.builder().name(name).help(help);
    }

    private static GaugeSnapshot.GaugeDataPointSnapshot point(Labels labels, double value) {
        return GaugeSnapshot.GaugeDataPointSnapshot.builder().labels(labels).value(value).build();
    }

    private static CounterSnapshot.CounterDataPointSnapshot count(Labels labels, double value) {
        return CounterSnapshot.CounterDataPointSnapshot.builder().labels(labels).value(value).build();
    }
}
