package org.onetrip.config.load;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.onetrip.config.ConfigName;
import org.onetrip.config.DidYouMean;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** A node of a YAML file with its key path; every read that fails logs a problem at the node's position. */
final class YamlValue {

    private final Node node;
    private final String path;
    private final YamlFile file;
    private final Mark keyMark;

    YamlValue(Node node, String path, YamlFile file) {
        this(node, node.getStartMark(), path, file);
    }

    /** A mapping's value, remembering where its key stands: a missing key inside it is reported there. */
    YamlValue(Node node, Mark keyMark, String path, YamlFile file) {
        this.node = node;
        this.keyMark = keyMark;
        this.path = path;
        this.file = file;
        file.remember(path, node.getStartMark());
    }

    /** Where the key of this value stands, or the value itself for list items and the root. */
    Mark keyMark() {
        return keyMark;
    }

    String path() {
        return path;
    }

    YamlFile file() {
        return file;
    }

    Node node() {
        return node;
    }

    void problem(String message) {
        file.problem(node.getStartMark(), path, message);
    }

    /** A finding at this node that leaves the configuration usable. */
    void warning(String message) {
        file.warning(node.getStartMark(), path, message);
    }

    /** The value as a mapping of keys, or a logged problem. */
    Optional<MappingReader> mapping() {
        if (node instanceof MappingNode mappingNode) {
            return Optional.of(new MappingReader(this, mappingNode));
        }
        problem("expected a mapping (key: value lines), got " + describe());
        return Optional.empty();
    }

    /** The items of a list, or a logged problem. */
    Optional<List<YamlValue>> list() {
        if (node instanceof SequenceNode sequence) {
            List<YamlValue> items = new ArrayList<>();
            for (int i = 0; i < sequence.getValue().size(); i++) {
                items.add(new YamlValue(sequence.getValue().get(i), path + "[" + i + "]", file));
            }
            return Optional.of(items);
        }
        problem("expected a list (lines starting with '- '), got " + describe());
        return Optional.empty();
    }

    /** The raw text of a scalar, or a logged problem naming what was expected. */
    Optional<String> scalar(String expectation) {
        if (node instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
            return Optional.of(scalar.getValue());
        }
        problem("expected " + expectation + ", got " + describe());
        return Optional.empty();
    }

    /**
     * A scalar parsed by {@code parser}; if it throws {@link IllegalArgumentException} the problem reads
     * "expected EXPECTATION, got 'VALUE'". Parsers throw {@link Rejected} when the expectation says it all, and a
     * plain {@link IllegalArgumentException} whose message is added when it explains more.
     */
    <T> Optional<T> as(String expectation, Function<String, T> parser) {
        return scalar(expectation).flatMap(text -> {
            try {
                return Optional.of(parser.apply(text));
            } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
                String detail = e.getClass() == IllegalArgumentException.class && e.getMessage() != null
                        ? " (" + e.getMessage() + ")" : "";
                problem("expected " + expectation + ", got '" + ControlCharacters.shown(text) + "'" + detail);
                return Optional.empty();
            }
        });
    }

    /** A non-blank text, stripped of surrounding spaces. */
    Optional<String> text() {
        Optional<String> text = scalar("a text");
        if (text.isPresent() && text.get().isBlank()) {
            problem("expected a text, got an empty value");
            return Optional.empty();
        }
        return text.map(String::strip);
    }

    /** One of an enum's configuration names, with a did-you-mean hint when misspelt. */
    <E extends Enum<E> & ConfigName> Optional<E> choice(Class<E> type) {
        E[] constants = type.getEnumConstants();
        List<String> names = Arrays.stream(constants).map(ConfigName::configName).toList();
        return scalar("one of: " + String.join(", ", names)).flatMap(text -> {
            for (E constant : constants) {
                if (constant.configName().equals(text)) {
                    return Optional.of(constant);
                }
            }
            problem("unknown value '" + ControlCharacters.shown(text) + "'" + DidYouMean.hint(text, names) + "; allowed: " + String.join(", ", names));
            return Optional.empty();
        });
    }

    /**
     * Builds a record from values read since {@code problemsBefore}, only if they were all read cleanly;
     * a rule broken inside the record's constructor is logged here, at this node.
     */
    <T> Optional<T> build(int problemsBefore, Supplier<T> constructor) {
        if (file.problems().count() > problemsBefore) {
            return Optional.empty();
        }
        try {
            return Optional.of(constructor.get());
        } catch (IllegalArgumentException e) {
            problem(e.getMessage());
            return Optional.empty();
        }
    }

    private String describe() {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (Tag.NULL.equals(node.getTag())) {
            return "nothing";
        }
        return "'" + ControlCharacters.shown(((ScalarNode) node).getValue()) + "'";
    }
}
