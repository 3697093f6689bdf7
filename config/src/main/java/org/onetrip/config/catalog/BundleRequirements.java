package org.onetrip.config.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onetrip.config.LocalizedText;

/**
 * What a bundle asks for once its matters are merged: each field once, each material once.
 *
 * @param fields    in order of first appearance across the bundle's matters
 * @param materials in order of first appearance across the bundle's matters
 */
public record BundleRequirements(List<MergedField> fields, List<MergedMaterial> materials) {

    public BundleRequirements {
        fields = List.copyOf(fields);
        materials = List.copyOf(materials);
    }

    /**
     * A field asked once for the whole bundle.
     *
     * @param field    the field code
     * @param required true when any of the matters requires it
     * @param matters  the matters whose forms contain it
     */
    public record MergedField(String field, boolean required, List<String> matters) {
        public MergedField {
            matters = List.copyOf(matters);
        }
    }

    /**
     * A material handed in once for the whole bundle.
     *
     * @param material the material code
     * @param matters  the matters that need it
     * @param topUpDeadlineDays present only when every matter lets it be handed in later: the shortest deadline
     * @param commitmentText    present only when every matter accepts a commitment instead: the first matter's text
     */
    public record MergedMaterial(String material, List<String> matters, Optional<Integer> topUpDeadlineDays,
                                 Optional<LocalizedText> commitmentText) {
        public MergedMaterial {
            matters = List.copyOf(matters);
        }

        public boolean mayTopUpLater() {
            return topUpDeadlineDays.isPresent();
        }

        public boolean acceptsCommitment() {
            return commitmentText.isPresent();
        }
    }

    /** Merges the forms and materials of matters, in the order given. */
    public static BundleRequirements of(List<Matter> matters) {
        Map<String, MergedField> fields = new LinkedHashMap<>();
        Map<String, MergedMaterial> materials = new LinkedHashMap<>();
        for (Matter matter : matters) {
            for (FormEntry entry : matter.form()) {
                fields.merge(entry.field(), new MergedField(entry.field(), entry.required(), List.of(matter.code())),
                        BundleRequirements::mergeFields);
            }
            for (MaterialRequirement requirement : matter.materials()) {
                materials.merge(requirement.material(), new MergedMaterial(requirement.material(),
                                List.of(matter.code()), requirement.topUpDeadlineDays(), requirement.commitmentText()),
                        BundleRequirements::mergeMaterials);
            }
        }
        return new BundleRequirements(new ArrayList<>(fields.values()), new ArrayList<>(materials.values()));
    }

    private static MergedField mergeFields(MergedField first, MergedField next) {
        return new MergedField(first.field(), first.required() || next.required(), joined(first.matters(), next.matters()));
    }

    private static MergedMaterial mergeMaterials(MergedMaterial first, MergedMaterial next) {
        // leniency holds only if every matter grants it: the strictest matter wins
        Optional<Integer> topUp = first.topUpDeadlineDays().isPresent() && next.topUpDeadlineDays().isPresent()
                ? Optional.of(Math.min(first.topUpDeadlineDays().get(), next.topUpDeadlineDays().get()))
                : Optional.empty();
        Optional<LocalizedText> commitment = next.commitmentText().isPresent() ? first.commitmentText() : Optional.empty();
        return new MergedMaterial(first.material(), joined(first.matters(), next.matters()), topUp, commitment);
    }

    private static List<String> joined(List<String> first, List<String> next) {
        List<String> all = new ArrayList<>(first);
        all.addAll(next);
        return all;
    }
}
