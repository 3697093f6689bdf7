package org.onetrip.kiosk.journey;

import java.util.List;
import java.util.Optional;
import org.onetrip.config.LocalizedText;

/**
 * What the matter chooser shows.
 *
 * @param way how the citizen is looking: by department, by life event, or by search
 * @param groups the departments or life events to pick from (empty for a search)
 * @param group the group picked, if any
 * @param query the search text typed so far
 * @param choices what can be chosen in the group or for the query
 * @param page the page of the choice made, if any
 */
public record ChooserState(Way way, List<Group> groups, Optional<String> group, String query, List<Choice> choices,
        Optional<MatterPage> page) {

    /** How the citizen is looking for what to file. */
    public enum Way { BY_DEPARTMENT, BY_LIFE_EVENT, SEARCH }

    /** A department or a life event. */
    public record Group(String code, LocalizedText name) {
    }

    public ChooserState {
        groups = List.copyOf(groups);
        choices = List.copyOf(choices);
    }
}
