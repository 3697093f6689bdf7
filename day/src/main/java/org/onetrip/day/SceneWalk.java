package org.onetrip.day;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.text.Text;

/**
 * Walks a scene graph and writes down what it holds. Reaches what a person cannot see too: hidden
 * panels, a scroll pane's content before its skin exists, a field's content behind its prompt.
 * Call on the FX thread.
 */
final class SceneWalk {

    /** Style classes and ids under which a picture is a citizen's own. */
    private static final String PAGE_THUMBNAIL_CLASS = "material-page";
    private static final String PREVIEW_ID = "certificate-preview";

    private final List<SceneSnapshot.NodeFacts> facts = new ArrayList<>();
    private final Map<Node, Boolean> seen = new IdentityHashMap<>();

    private SceneWalk() {
    }

    static SceneSnapshot of(Node root) {
        SceneWalk walk = new SceneWalk();
        walk.visit(root, true, false);
        return new SceneSnapshot(walk.facts);
    }

    private void visit(Node node, boolean parentShown, boolean insidePersonal) {
        if (node == null || seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        boolean shown = parentShown && node.isVisible();
        boolean personal = insidePersonal || node.getStyleClass().contains(PAGE_THUMBNAIL_CLASS)
                || PREVIEW_ID.equals(node.getId());
        List<String> texts = new ArrayList<>(2);
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof TextInputControl input) {
            if (input.getText() != null) {
                texts.add(input.getText());
            }
            if (input.getPromptText() != null) {
                texts.add(input.getPromptText());
            }
        }
        if (node instanceof Text text && text.getText() != null) {
            texts.add(text.getText());
        }
        Optional<Object> image = node instanceof ImageView view ? Optional.ofNullable(view.getImage()) : Optional.empty();
        facts.add(new SceneSnapshot.NodeFacts(Optional.ofNullable(node.getId()), new HashSet<>(node.getStyleClass()),
                shown && node.getScene() != null, texts, image, personal && image.isPresent()));
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, shown, personal);
            }
        }
        if (node instanceof ScrollPane scroll) {
            visit(scroll.getContent(), shown, personal);
        }
        if (node instanceof Labeled labeled) {
            visit(labeled.getGraphic(), shown, personal);
        }
    }
}
