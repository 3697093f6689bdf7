package org.onetrip.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * What a citizen can see and touch on a scene, measured the way the accessibility rules count:
 * WCAG 2 contrast between each text's colour and the colour actually painted behind it, the size
 * of every button, and text sizes. Read on the FX thread.
 */
final class LookCheck {

    /** WCAG 2 AA for body text. */
    static final double MIN_CONTRAST = 4.5;
    /** The kiosk's smallest touch target, at 1080 px across. */
    static final double MIN_TARGET_PX = 90;

    private LookCheck() {
    }

    /** Every node shown: visible itself and through all its parents, with a non-zero size. */
    static List<Node> shown(Parent root) {
        List<Node> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Node> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        found.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    static Stream<Labeled> texts(Parent root) {
        return shown(root).stream().filter(Labeled.class::isInstance).map(Labeled.class::cast)
                .filter(labeled -> labeled.getText() != null && !labeled.getText().isBlank());
    }

    static Stream<ButtonBase> buttons(Parent root) {
        return shown(root).stream().filter(ButtonBase.class::isInstance).map(ButtonBase.class::cast);
    }

    /** The contrast of the text, as blended by its opacity, against what is painted behind it: 1 to 21. */
    static double contrast(Labeled labeled) {
        Color behind = background(labeled);
        Color ink = plain(labeled.getTextFill());
        return ratio(over(ink, behind, ink.getOpacity() * cumulativeOpacity(labeled)), behind);
    }

    /**
     * The opaque colour painted behind a node: the top fill of the node or its nearest ancestor
     * that has one, with translucent fills blended over what lies below them, down to the
     * window's white.
     */
    static Color background(Node node) {
        List<Color> layers = new ArrayList<>();
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof Region region) {
                Color top = topFill(region.getBackground());
                if (top != null) {
                    layers.add(top);
                    if (top.getOpacity() >= 1) {
                        break;
                    }
                }
            }
        }
        Color result = Color.WHITE;
        for (int i = layers.size() - 1; i >= 0; i--) {
            Color layer = layers.get(i);
            result = over(layer, result, layer.getOpacity());
        }
        return result;
    }

    /** WCAG 2 relative luminance of an sRGB colour. */
    static double luminance(Color colour) {
        return 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen()) + 0.0722 * linear(colour.getBlue());
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static String describe(Node node) {
        String text = node instanceof Labeled labeled ? " '" + labeled.getText() + "'" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId())
                + node.getStyleClass() + text;
    }

    static Bounds size(Node node) {
        return node.getLayoutBounds();
    }

    private static Color topFill(Background background) {
        if (background == null) {
            return null;
        }
        List<BackgroundFill> fills = background.getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
            Color colour = plain(fills.get(i).getFill());
            if (colour.getOpacity() > 0) {
                return colour;
            }
        }
        return null;
    }

    private static Color plain(Paint paint) {
        if (paint instanceof Color colour) {
            return colour;
        }
        // the kiosk paints plain colours only; anything else must be measured by other means
        throw new AssertionError("cannot measure contrast against a " + paint.getClass().getSimpleName() + ": " + paint);
    }

    private static double cumulativeOpacity(Node node) {
        double opacity = 1;
        for (Node at = node; at != null; at = at.getParent()) {
            opacity *= at.getOpacity();
        }
        return opacity;
    }

    private static Color over(Color top, Color below, double alpha) {
        return new Color(top.getRed() * alpha + below.getRed() * (1 - alpha),
                top.getGreen() * alpha + below.getGreen() * (1 - alpha),
                top.getBlue() * alpha + below.getBlue() * (1 - alpha), 1);
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
