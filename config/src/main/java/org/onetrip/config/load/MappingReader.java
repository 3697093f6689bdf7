package org.onetrip.config.load;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.onetrip.config.ConfigName;
import org.onetrip.config.DidYouMean;
import org.onetrip.config.LocalizedText;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the keys of one YAML mapping. Every key asked for becomes a known key; {@link #finish()} then reports
 * the keys nobody asked for, with the closest known key as a suggestion.
 */
final class MappingReader {

    private final YamlValue self;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> known = new LinkedHashSet<>();

    MappingReader(YamlValue self, MappingNode node) {
        this.self = self;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                new YamlValue(tuple.getKeyNode(), self.path(), self.file()).problem("a key must be a plain word");
                continue;
            }
            NodeTuple first = entries.putIfAbsent(key.getValue(), tuple);
            if (first != null) {
                self.file().problem(key.getStartMark(), childPath(key.getValue()), "duplicate key; first given on line "
                        + (first.getKeyNode().getStartMark().getLine() + 1));
            }
        }
    }

    YamlValue self() {
        return self;
    }

    String childPath(String key) {
        return self.path().isEmpty() ? key : self.path() + "." + key;
    }

    /** The keys present in the file, in file order. */
    Set<String> keys() {
        return entries.keySet();
    }

    Optional<YamlValue> optional(String key) {
        known.add(key);
        NodeTuple tuple = entries.get(key);
        return tuple == null ? Optional.empty()
                : Optional.of(new YamlValue(tuple.getValueNode(), tuple.getKeyNode().getStartMark(), childPath(key), self.file()));
    }

    Optional<YamlValue> required(String key, String expectation) {
        Optional<YamlValue> value = optional(key);
        if (value.isEmpty()) {
            self.file().problem(self.keyMark(), childPath(key), "required key is missing; expected " + expectation);
        }
        return value;
    }

    Optional<String> text(String key) {
        return required(key, "a text").flatMap(YamlValue::text);
    }

    Optional<String> optionalText(String key) {
        return optional(key).flatMap(YamlValue::text);
    }

    <T> Optional<T> required(String key, String expectation, Function<String, T> parser) {
        return required(key, expectation).flatMap(value -> value.as(expectation, parser));
    }

    /** The parsed value, or {@code fallback} when the key is absent (or wrong, which is logged). */
    <T> T optional(String key, T fallback, String expectation, Function<String, T> parser) {
        return optional(key).flatMap(value -> value.as(expectation, parser)).orElse(fallback);
    }

    <E extends Enum<E> & ConfigName> Optional<E> requiredChoice(String key, Class<E> type) {
        return required(key, "one of: " + Scalars.names(type)).flatMap(value -> value.choice(type));
    }

    <E extends Enum<E> & ConfigName> E choice(String key, Class<E> type, E fallback) {
        return optional(key).flatMap(value -> value.choice(type)).orElse(fallback);
    }

    boolean flag(String key, boolean fallback) {
        return optional(key, fallback, "true or false", Scalars::bool);
    }

    /** A required {@code {zh-CN: .., en: ..}} text. */
    Optional<LocalizedText> localized(String key) {
        return required(key, "a mapping with zh-CN and en texts").flatMap(MappingReader::localized);
    }

    static Optional<LocalizedText> localized(YamlValue value) {
        return value.mapping().flatMap(texts -> {
            int before = value.file().problems().count();
            Optional<String> zh = texts.text("zh-CN");
            Optional<String> en = texts.text("en");
            texts.finish();
            return value.build(before, () -> new LocalizedText(zh.orElseThrow(), en.orElseThrow()));
        });
    }

    /** The items of an optional list; empty when the key is absent. */
    List<YamlValue> list(String key) {
        return optional(key).flatMap(YamlValue::list).orElse(List.of());
    }

    /** A list of texts, empty when absent. */
    List<String> texts(String key) {
        return list(key).stream().map(YamlValue::text).flatMap(Optional::stream).toList();
    }

    /** Reports every key present that was never asked for. Call after all reads. */
    void finish() {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            String key = entry.getKey();
            if (!known.contains(key)) {
                self.file().problem(entry.getValue().getKeyNode().getStartMark(), childPath(key),
                        "unknown key '" + key + "'" + DidYouMean.hint(key, known) + "; allowed here: " + String.join(", ", known));
            }
        }
    }
}
