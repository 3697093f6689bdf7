package org.onetrip.config.load;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.onetrip.config.ConfigurationProblem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * One YAML file read into a node tree that keeps every node's line and column, plus the positions of the
 * key paths read so far, for problems found later by rules that only see records.
 *
 * <p>Every text of the file is checked for control characters and unpaired surrogates, written raw
 * or as escapes ({@code "\a"}, {@code "\x85"}); each is a problem at its line and column.
 */
final class YamlFile {

    /** Stands in for a raw control character, so that the parser sees the rest of the file as written. */
    private static final char STAND_IN = '\uFFFD';

    private final Path file;
    private final ProblemLog problems;
    private final Map<String, Mark> positions = new HashMap<>();

    private YamlFile(Path file, ProblemLog problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Reads and composes the file; a missing file or a syntax error is logged and gives an empty result. */
    static Optional<YamlValue> read(Path file, ProblemLog problems) {
        YamlFile yamlFile = new YamlFile(file, problems);
        return yamlFile.compose().map(root -> new YamlValue(root, "", yamlFile));
    }

    private Optional<Node> compose() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            problems.add(file, 0, 0, "", "file not found");
            return Optional.empty();
        } catch (CharacterCodingException e) {
            problems.add(file, 0, 0, "", "the file is not UTF-8 text");
            return Optional.empty();
        } catch (IOException e) {
            problems.add(file, 0, 0, "", "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        List<RawCharacter> raw = new ArrayList<>();
        String readable = withoutRawControlCharacters(text, raw);
        Optional<Node> root = parse(readable);
        for (RawCharacter found : raw) {
            String path = root.map(node -> pathAt(node, "", found.codePointIndex(), Collections.newSetFromMap(new IdentityHashMap<>())))
                    .flatMap(p -> p).orElse("");
            problems.add(file, found.line(), found.column(), path, ControlCharacters.codePoint(found.codePoint())
                    + " is a control character written into the file; " + ControlCharacters.RULE + ": remove it");
        }
        root.ifPresent(node -> checkTexts(node, "", Collections.newSetFromMap(new IdentityHashMap<>())));
        return root;
    }

    private Optional<Node> parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(20);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                problems.add(file, 0, 0, "", "the file is empty; expected a mapping of keys");
            }
            return Optional.ofNullable(root);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            problems.add(file, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1, "",
                    "YAML syntax error: " + what + context);
        } catch (ReaderException e) {
            int[] place = lineAndColumn(text, e.getPosition());
            problems.add(file, place[0], place[1], "", "YAML does not allow the character "
                    + ControlCharacters.codePoint(e.getCodePoint()) + " in a file: remove it");
        } catch (YAMLException e) {
            problems.add(file, 0, 0, "", "YAML error: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** A control character typed into the file itself, at its 1-based line and column (in characters). */
    private record RawCharacter(int codePoint, int line, int column, int codePointIndex) {
    }

    /** The text with every raw control character but tab and line ends replaced by a stand-in. */
    private static String withoutRawControlCharacters(String text, List<RawCharacter> found) {
        StringBuilder readable = null;
        int line = 1;
        int column = 1;
        int codePointIndex = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                if (c != '\t' && c != '\r' && ControlCharacters.isControl(c)) {
                    found.add(new RawCharacter(c, line, column, codePointIndex));
                    if (readable == null) {
                        readable = new StringBuilder(text);
                    }
                    readable.setCharAt(i, STAND_IN);
                }
                if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            if (!Character.isLowSurrogate(c)) {
                codePointIndex++;
            }
        }
        return readable == null ? text : readable.toString();
    }

    /** 1-based line and column of the code point at {@code codePointIndex}, counting lines as editors do. */
    private static int[] lineAndColumn(String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int index = 0;
        for (int i = 0; i < text.length() && index < codePointIndex; i += Character.charCount(text.codePointAt(i)), index++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /** The key path of the scalar holding the character at {@code codePointIndex}, if any. */
    private static Optional<String> pathAt(Node node, String path, int codePointIndex, Set<Node> seen) {
        if (!seen.add(node)) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getStartMark().getIndex() <= codePointIndex && codePointIndex < scalar.getEndMark().getIndex()
                    ? Optional.of(path) : Optional.empty();
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String child = childPath(path, tuple.getKeyNode());
                Optional<String> inKey = pathAt(tuple.getKeyNode(), path, codePointIndex, seen);
                if (inKey.isPresent()) {
                    return inKey;
                }
                Optional<String> inValue = pathAt(tuple.getValueNode(), child, codePointIndex, seen);
                if (inValue.isPresent()) {
                    return inValue;
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                Optional<String> inItem = pathAt(sequence.getValue().get(i), path + "[" + i + "]", codePointIndex, seen);
                if (inItem.isPresent()) {
                    return inItem;
                }
            }
        }
        return Optional.empty();
    }

    /** Logs every key and value whose text holds a control character or an unpaired surrogate, e.g. from an escape. */
    private void checkTexts(Node node, String path, Set<Node> seen) {
        if (!seen.add(node)) {
            return;
        }
        if (node instanceof ScalarNode scalar) {
            String text = scalar.getValue();
            int at = ControlCharacters.firstOffending(text);
            if (at >= 0) {
                problem(scalar.getStartMark(), path, "the text holds " + ControlCharacters.describe(text, at)
                        + " at character " + (text.codePointCount(0, at) + 1) + "; " + ControlCharacters.RULE + ": remove it");
            }
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                checkTexts(tuple.getKeyNode(), path, seen);
                checkTexts(tuple.getValueNode(), childPath(path, tuple.getKeyNode()), seen);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                checkTexts(sequence.getValue().get(i), path + "[" + i + "]", seen);
            }
        }
    }

    private static String childPath(String path, Node key) {
        String name = key instanceof ScalarNode scalar ? ControlCharacters.shown(scalar.getValue()) : "?";
        return path.isEmpty() ? name : path + "." + name;
    }

    Path file() {
        return file;
    }

    ProblemLog problems() {
        return problems;
    }

    void remember(String keyPath, Mark mark) {
        positions.putIfAbsent(keyPath, mark);
    }

    void problem(Mark mark, String keyPath, String message) {
        problems.add(file, mark.getLine() + 1, mark.getColumn() + 1, keyPath, message);
    }

    /** A finding that leaves the file usable, at the node's position. */
    void warning(Mark mark, String keyPath, String message) {
        problems.warn(new ConfigurationProblem(file, mark.getLine() + 1, mark.getColumn() + 1, keyPath, message));
    }

    /** Logs a problem at the key path, or at the nearest enclosing path that was read. */
    void problemAt(String keyPath, String message) {
        Mark mark = nearest(keyPath);
        if (mark == null) {
            problems.add(file, 0, 0, keyPath, message);
        } else {
            problem(mark, keyPath, message);
        }
    }

    private Mark nearest(String keyPath) {
        String path = keyPath;
        while (!positions.containsKey(path) && !path.isEmpty()) {
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut < 0 ? "" : path.substring(0, cut);
        }
        return positions.get(path);
    }
}
