package org.onetrip.kiosk.journey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.onetrip.config.LocalizedText;
import org.onetrip.config.catalog.Bundle;
import org.onetrip.config.catalog.BundleRequirements;
import org.onetrip.config.catalog.Fee;
import org.onetrip.config.catalog.Matter;
import org.onetrip.config.catalog.MaterialRequirement;
import org.onetrip.config.catalog.ServiceCatalog;
import org.onetrip.kiosk.journey.ChooserState.Group;
import org.onetrip.kiosk.journey.ChooserState.Way;
import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.observable.Value;

/**
 * Choosing what to file, three ways: by department, by life event (where the "one thing"
 * bundles are), or by searching names and keywords, pinyin initials included (`sb` finds the
 * social insurance matters). The chosen matter's page lists every material at once.
 * Pure model over the catalog: no I/O, safe to call from the screen's thread.
 */
public final class MatterChooser {

    /** The life-event group holding the bundles. */
    public static final String ONE_THING = "ONE-THING";

    private final ServiceCatalog catalog;
    private final Value<ChooserState> state;

    public MatterChooser(ServiceCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.state = new Value<>(byDepartment());
    }

    public ReadOnlyValue<ChooserState> state() {
        return state;
    }

    /** Back to the start: departments, nothing chosen. */
    public synchronized void reset() {
        state.set(byDepartment());
    }

    public synchronized void lookBy(Way way) {
        state.set(switch (way) {
            case BY_DEPARTMENT -> byDepartment();
            case BY_LIFE_EVENT -> byLifeEvent();
            case SEARCH -> new ChooserState(Way.SEARCH, List.of(), Optional.empty(), "", List.of(), Optional.empty());
        });
    }

    public synchronized void pickGroup(String code) {
        ChooserState now = state.get();
        List<Choice> choices = switch (now.way()) {
            case BY_DEPARTMENT -> matters(catalog.mattersOfDepartment(code));
            case BY_LIFE_EVENT -> code.equals(ONE_THING) ? bundles() : matters(catalog.mattersOfLifeEvent(code));
            case SEARCH -> List.of();
        };
        state.set(new ChooserState(now.way(), now.groups(), Optional.of(code), now.query(), choices, Optional.empty()));
    }

    /** The search text as typed so far; matches are listed at once. */
    public synchronized void search(String query) {
        List<Choice> found = new ArrayList<>();
        if (!query.isBlank()) {
            for (Bundle bundle : catalog.bundles()) {
                if (bundle.name().zh().contains(query.strip())) {
                    found.add(oneThing(bundle));
                }
            }
            found.addAll(matters(catalog.searchMatters(query)));
        }
        state.set(new ChooserState(Way.SEARCH, List.of(), Optional.empty(), query, found, Optional.empty()));
    }

    public synchronized void choose(Choice choice) {
        ChooserState now = state.get();
        state.set(new ChooserState(now.way(), now.groups(), now.group(), now.query(), now.choices(),
                Optional.of(pageOf(choice))));
    }

    /** From a matter's page back to the list it was chosen from. */
    public synchronized void backToList() {
        ChooserState now = state.get();
        state.set(new ChooserState(now.way(), now.groups(), now.group(), now.query(), now.choices(), Optional.empty()));
    }

    MatterPage pageOf(Choice choice) {
        if (choice instanceof Choice.OneMatter one) {
            Matter matter = one.matter();
            List<MaterialNeed> needs = matter.materials().stream().map(required -> need(required, List.of())).toList();
            return new MatterPage(choice, departmentName(matter), needs, matter.fee(), matter.promisedWorkingDays(),
                    matter.online());
        }
        Choice.OneThing bundle = (Choice.OneThing) choice;
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        bundle.matters().forEach(matter -> names.put(matter.code(), matter.name()));
        BundleRequirements merged = catalog.requirementsOf(bundle.bundle());
        List<MaterialNeed> needs = merged.materials().stream()
                .map(material -> new MaterialNeed(catalog.material(material.material()).orElseThrow(),
                        material.matters().stream().map(names::get).toList(), material.topUpDeadlineDays(),
                        material.commitmentText()))
                .toList();
        long fen = bundle.matters().stream().mapToLong(matter -> matter.fee().fen()).sum();
        int days = bundle.matters().stream().mapToInt(Matter::promisedWorkingDays).max().orElse(0);
        boolean online = bundle.matters().stream().allMatch(Matter::online);
        return new MatterPage(choice, departmentName(bundle.matters().get(0)), needs, new Fee(fen), days, online);
    }

    private MaterialNeed need(MaterialRequirement required, List<LocalizedText> neededBy) {
        return new MaterialNeed(catalog.material(required.material()).orElseThrow(), neededBy,
                required.topUpDeadlineDays(), required.commitmentText());
    }

    private LocalizedText departmentName(Matter matter) {
        return catalog.department(matter.department()).map(department -> department.name())
                .orElse(new LocalizedText(matter.department(), matter.department()));
    }

    private ChooserState byDepartment() {
        List<Group> groups = catalog.departments().stream().map(d -> new Group(d.code(), d.name())).toList();
        return new ChooserState(Way.BY_DEPARTMENT, groups, Optional.empty(), "", List.of(), Optional.empty());
    }

    private ChooserState byLifeEvent() {
        List<Group> groups = new ArrayList<>();
        groups.add(new Group(ONE_THING, new LocalizedText("一件事一次办", "One thing, one trip")));
        catalog.lifeEvents().forEach(event -> groups.add(new Group(event.code(), event.name())));
        return new ChooserState(Way.BY_LIFE_EVENT, groups, Optional.empty(), "", List.of(), Optional.empty());
    }

    private static List<Choice> matters(List<Matter> matters) {
        return matters.stream().map(matter -> (Choice) new Choice.OneMatter(matter)).toList();
    }

    private List<Choice> bundles() {
        return catalog.bundles().stream().map(bundle -> (Choice) oneThing(bundle)).toList();
    }

    private Choice.OneThing oneThing(Bundle bundle) {
        return new Choice.OneThing(bundle, bundle.matters().stream().map(code -> catalog.matter(code).orElseThrow()).toList());
    }
}
