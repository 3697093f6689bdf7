package org.onetrip.kiosk.health;

import java.util.Map;

import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.kiosk.supervision.CounterStore;
import org.onetrip.kiosk.supervision.DeviceView;
import org.onetrip.kiosk.supervision.OfferedService;

/**
 * Writes a {@link HealthSnapshot} in the Prometheus text exposition format, version 0.0.4:
 * a {@code # HELP} and {@code # TYPE} line per metric family, then its samples, label values
 * escaped ({@code \\}, {@code \"}, {@code \n}). A pure function.
 */
public final class PrometheusText {
    /** The content type of the format. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusText() {
    }

    public static String write(HealthSnapshot health) {
        StringBuilder out = new StringBuilder();
        family(out, "onetrip_in_service", "gauge", "1 when the kiosk serves citizens, 0 when it is out of service");
        sample(out, "onetrip_in_service", Map.of(), health.offer().inService() ? 1 : 0);

        family(out, "onetrip_service_offered", "gauge", "1 for each service the kiosk offers now");
        for (OfferedService service : OfferedService.values()) {
            sample(out, "onetrip_service_offered", Map.of("service", service.name()), health.services().contains(service) ? 1 : 0);
        }

        family(out, "onetrip_device_up", "gauge", "1 when the device can serve citizens (online, busy or degraded)");
        for (DeviceView d : health.devices()) {
            sample(out, "onetrip_device_up", Map.of("device", d.name(), "role", d.role().configName()),
                    d.status().state().isUsable() ? 1 : 0);
        }

        family(out, "onetrip_device_state", "gauge", "1 for the state each device is in, 0 for the others");
        for (DeviceView d : health.devices()) {
            for (DeviceState state : DeviceState.values()) {
                sample(out, "onetrip_device_state", Map.of("device", d.name(), "state", state.name()),
                        d.status().state() == state ? 1 : 0);
            }
        }

        family(out, "onetrip_device_reason", "gauge", "1 for each reason a device reports now");
        for (DeviceView d : health.devices()) {
            for (DeviceReason reason : d.status().reasons()) {
                sample(out, "onetrip_device_reason", Map.of("device", d.name(), "reason", reason.name()), 1);
            }
        }

        family(out, "onetrip_device_since_seconds", "gauge", "when each device entered its state, in Unix seconds");
        for (DeviceView d : health.devices()) {
            sample(out, "onetrip_device_since_seconds", Map.of("device", d.name()), d.status().since().getEpochSecond());
        }

        family(out, "onetrip_device_events_total", "counter", "what each device counted, over every run of the kiosk");
        for (DeviceView d : health.devices()) {
            for (Map.Entry<String, Long> e : new java.util.TreeMap<>(d.total()).entrySet()) {
                sample(out, "onetrip_device_events_total", Map.of("device", d.name(), "event", e.getKey()), e.getValue());
            }
        }

        Map<String, Long> kiosk = health.counters();
        family(out, "onetrip_uptime_seconds_total", "counter", "seconds the kiosk has run, over every run");
        sample(out, "onetrip_uptime_seconds_total", Map.of(), kiosk.getOrDefault(CounterStore.UPTIME_SECONDS, 0L));
        family(out, "onetrip_starts_total", "counter", "times the kiosk started");
        sample(out, "onetrip_starts_total", Map.of(), kiosk.getOrDefault(CounterStore.STARTS, 0L));
        family(out, "onetrip_restarts_total", "counter", "times the kiosk started again after a previous run");
        sample(out, "onetrip_restarts_total", Map.of(), kiosk.getOrDefault(CounterStore.RESTARTS, 0L));
        family(out, "onetrip_events_total", "counter", "the kiosk's other counters, e.g. submissions sent and rejected");
        for (Map.Entry<String, Long> e : new java.util.TreeMap<>(kiosk).entrySet()) {
            if (!e.getKey().equals(CounterStore.UPTIME_SECONDS) && !e.getKey().equals(CounterStore.STARTS)
                    && !e.getKey().equals(CounterStore.RESTARTS)) {
                sample(out, "onetrip_events_total", Map.of("event", e.getKey()), e.getValue());
            }
        }
        return out.toString();
    }

    private static void family(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help.replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static void sample(StringBuilder out, String name, Map<String, String> labels, long value) {
        out.append(name);
        if (!labels.isEmpty()) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, String> label : new java.util.TreeMap<>(labels).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(label.getKey()).append("=\"").append(escape(label.getValue())).append('"');
            }
            out.append('}');
        }
        out.append(' ').append(value).append('\n');
    }

    /** Label values: backslash, double quote and line feed are escaped. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
