package org.onetrip.config.load;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One YAML file read into a node tree that keeps every node's line and column, plus the positions of the
 * key paths read so far, for problems found later by rules that only see records.
 */
final class YamlFile {

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
        LoaderOptions options = new LoaderOptions();
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(20);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                problems.add(file, 0, 0, "", "the file is empty; expected a mapping of keys");
            }
            return Optional.ofNullable(root);
        } catch (NoSuchFileException e) {
            problems.add(file, 0, 0, "", "file not found");
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            problems.add(file, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1, "",
                    "YAML syntax error: " + what + context);
        } catch (CharacterCodingException e) {
            problems.add(file, 0, 0, "", "the file is not UTF-8 text");
        } catch (YAMLException e) {
            problems.add(file, 0, 0, "", "YAML error: " + e.getMessage());
        } catch (IOException e) {
            problems.add(file, 0, 0, "", "cannot read the file: " + e.getMessage());
        }
        return Optional.empty();
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

    /** Logs a problem at the key path, or at the nearest enclosing path that was read. */
    void problemAt(String keyPath, String message) {
        String path = keyPath;
        while (!positions.containsKey(path) && !path.isEmpty()) {
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut < 0 ? "" : path.substring(0, cut);
        }
        Mark mark = positions.get(path);
        if (mark == null) {
            problems.add(file, 0, 0, keyPath, message);
        } else {
            problem(mark, keyPath, message);
        }
    }
}
