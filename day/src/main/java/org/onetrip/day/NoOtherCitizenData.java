package org.onetrip.day;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Only the current citizen's data is in the scene, shown or not: no name, ID number (full or
 * masked), address or tracking number of another card, no words typed in an earlier visit (the
 * matter search, a phone), no picture of an earlier visit's pages or previews.
 */
final class NoOtherCitizenData implements ScreenInvariant {

    /** What a tracking number looks like: capital letters, digits and dashes. */
    private static final Pattern TRACKING = Pattern.compile("[A-Z0-9][A-Z0-9-]{5,39}");

    private final PersonalTraces traces;

    NoOtherCitizenData(PersonalTraces traces) {
        this.traces = traces;
    }

    @Override
    public void check(SceneSnapshot scene, Moment now, Consumer<String> broken) {
        Set<String> told = new HashSet<>();
        for (PersonalTraces.Trace trace : traces.forbidden(now.holder(), now.visit())) {
            for (SceneSnapshot.NodeFacts node : scene.nodes()) {
                if (node.texts().stream().anyMatch(text -> trace.pattern().matcher(text).find())) {
                    String whose = trace.card().isPresent() ? "another card's " : "an earlier visit's ";
                    String said = whose + trace.kind() + " (" + trace.shownAs() + ") in " + describe(node);
                    if (told.add(said)) {
                        broken.accept(said);
                    }
                    break;
                }
            }
        }
        for (SceneSnapshot.NodeFacts node : scene.nodes()) {
            for (String text : node.texts()) {
                Matcher number = TRACKING.matcher(text);
                while (number.find()) {
                    String found = number.group();
                    traces.filingOwner(found).filter(owner -> !now.holder().equals(Optional.of(owner))).ifPresent(owner -> {
                        String said = "another card's tracking number (" + found + ") in " + describe(node);
                        if (told.add(said)) {
                            broken.accept(said);
                        }
                    });
                }
            }
        }
        for (SceneSnapshot.NodeFacts node : scene.nodes()) {
            node.image().flatMap(traces::pictureVisit).filter(visit -> visit != now.visit()).ifPresent(visit -> {
                String said = "a picture from visit " + visit + " (a scanned page or a preview) in " + describe(node);
                if (told.add(said)) {
                    broken.accept(said);
                }
            });
        }
    }

    private static String describe(SceneSnapshot.NodeFacts node) {
        Optional<String> id = node.id();
        String what = id.map(value -> "#" + value)
                .orElse(node.styleClasses().isEmpty() ? "a node" : "." + node.styleClasses().iterator().next());
        return what + (node.shown() ? " (shown)" : " (hidden but present)");
    }
}
