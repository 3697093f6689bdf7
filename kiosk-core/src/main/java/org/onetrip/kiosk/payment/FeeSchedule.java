package org.onetrip.kiosk.payment;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The fees of the hall's matters and certificate types: payee (执收单位) and its code, the non-tax
 * item code, the amount. A service not listed is free, and the kiosk says so. Read from a YAML
 * file such as {@code conf/fees.yaml}:
 *
 * <pre>
 * fees:
 *   MARRIAGE_RECORD: {payee: 市民政局, payeeCode: "330100205", item: 婚姻登记记录证明工本费, itemCode: "103049902", amountFen: 500}
 * </pre>
 */
public final class FeeSchedule {

    private final Map<String, PayableItem> fees;

    public FeeSchedule(Map<String, PayableItem> fees) {
        this.fees = Map.copyOf(fees);
    }

    /** No fees at all: every service is free. */
    public static FeeSchedule free() {
        return new FeeSchedule(Map.of());
    }

    /**
     * @throws IllegalArgumentException naming the file and the service when an entry is incomplete
     *                                  or out of range; an unreadable file likewise
     */
    public static FeeSchedule load(Path file) {
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException | YAMLException e) {
            throw new IllegalArgumentException(file + ": cannot be read as YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> top) || !(top.get("fees") instanceof Map<?, ?> entries)) {
            throw new IllegalArgumentException(file + ": needs a 'fees:' map of service code to fee");
        }
        Map<String, PayableItem> fees = new LinkedHashMap<>();
        entries.forEach((code, value) -> {
            if (!(value instanceof Map<?, ?> fee)) {
                throw new IllegalArgumentException(file + ": fee of " + code + " must be a map");
            }
            try {
                Object amount = fee.get("amountFen");
                if (!(amount instanceof Number number)) {
                    throw new IllegalArgumentException("amountFen is required, a whole number of fen");
                }
                fees.put(String.valueOf(code), PayableItem.fee(String.valueOf(code), text(fee, "payee"),
                        text(fee, "payeeCode"), text(fee, "item"), text(fee, "itemCode"), number.longValue()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": fee of " + code + ": " + e.getMessage(), e);
            }
        });
        return new FeeSchedule(fees);
    }

    /** What {@code serviceCode} costs: free unless listed. */
    public Charge chargeFor(String serviceCode) {
        PayableItem fee = fees.get(serviceCode);
        return fee == null ? new Charge.Free(serviceCode) : new Charge.Fee(fee);
    }

    public Optional<PayableItem> feeOf(String serviceCode) {
        return Optional.ofNullable(fees.get(serviceCode));
    }

    private static String text(Map<?, ?> fee, String field) {
        Object value = fee.get(field);
        if (value == null || value instanceof Map || value instanceof java.util.List || value.toString().isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.toString();
    }
}
