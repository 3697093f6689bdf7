package org.onetrip.kiosk.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.onetrip.devices.idcard.diag.JsonWriter;

/**
 * The self-tests of every device, and how {@code ./onetrip diag} prints them.
 *
 * @param results one per device, in the configured order
 */
public record DiagnosticReport(List<DiagnosticResult> results) {
    /** Exit code when every device passed. */
    public static final int ALL_PASSED = 0;
    /** Exit code when a device failed (or none is configured). */
    public static final int SOME_FAILED = 1;

    public DiagnosticReport {
        results = List.copyOf(results);
    }

    /** True when there is at least one device and every one passed. */
    public boolean allPassed() {
        return !results.isEmpty() && results.stream().allMatch(DiagnosticResult::ok);
    }

    public int exitCode() {
        return allPassed() ? ALL_PASSED : SOME_FAILED;
    }

    /**
     * One line per device: {@code device=idcard state=ONLINE reasons=- ok=true ms=12 message="..."}.
     * Values with spaces are quoted.
     */
    public List<String> textLines() {
        return results.stream().map(r -> "device=" + r.device()
                + " state=" + r.state()
                + " reasons=" + (r.reasons().isEmpty() ? "-" : String.join(",", r.reasons()))
                + " ok=" + r.ok()
                + " ms=" + r.ms()
                + " message=" + quoted(r.message())).collect(Collectors.toList());
    }

    /**
     * One JSON object per device and line: {@code device}, {@code state}, {@code reasons},
     * {@code ok}, {@code ms}, {@code message}, {@code details}.
     */
    public List<String> jsonLines() {
        return results.stream().map(r -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("device", r.device());
            json.put("state", r.state().name());
            json.put("reasons", r.reasons());
            json.put("ok", r.ok());
            json.put("ms", r.ms());
            json.put("message", r.message());
            json.put("details", r.details());
            return JsonWriter.write(json);
        }).collect(Collectors.toList());
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ").replace("\r", " ") + "\"";
    }
}
