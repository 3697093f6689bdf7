package org.onetrip.day;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Everything one look at the live scene found: every node, shown or not, with its texts and any
 * picture it holds. Taken on the FX thread, read anywhere.
 *
 * @param nodes depth-first, root first
 */
record SceneSnapshot(List<NodeFacts> nodes) {

    SceneSnapshot {
        nodes = List.copyOf(nodes);
    }

    /**
     * One node.
     *
     * @param id            its node id, or empty
     * @param styleClasses  its style classes
     * @param shown         it and every ancestor visible, and in a scene
     * @param texts         the text it holds: a label's or button's text, a field's content, a prompt, a Text's string
     * @param image         the picture an image view holds
     * @param personalImage whether that picture is a citizen's (a scanned page's thumbnail, a certificate's preview)
     */
    record NodeFacts(Optional<String> id, Set<String> styleClasses, boolean shown, List<String> texts,
                     Optional<Object> image, boolean personalImage) {
        NodeFacts {
            styleClasses = Set.copyOf(styleClasses);
            texts = List.copyOf(texts);
        }
    }

    Stream<NodeFacts> shownNodes() {
        return nodes.stream().filter(NodeFacts::shown);
    }

    boolean showsId(String id) {
        return shownNodes().anyMatch(node -> node.id().filter(id::equals).isPresent());
    }

    /** Every text in the scene, shown or not. */
    Stream<String> allTexts() {
        return nodes.stream().flatMap(node -> node.texts().stream());
    }

    /** The texts of shown nodes. */
    Stream<String> shownTexts() {
        return shownNodes().flatMap(node -> node.texts().stream());
    }
}
