package org.onetrip.kiosk.journey;

import java.util.List;
import java.util.Objects;
import org.onetrip.config.LocalizedText;
import org.onetrip.config.catalog.Bundle;
import org.onetrip.config.catalog.Matter;

/** Something a citizen can choose to file: one matter, or a "one thing" bundle of several. */
public sealed interface Choice {

    String code();

    LocalizedText name();

    /** One matter. */
    record OneMatter(Matter matter) implements Choice {
        public OneMatter {
            Objects.requireNonNull(matter, "matter");
        }

        @Override
        public String code() {
            return matter.code();
        }

        @Override
        public LocalizedText name() {
            return matter.name();
        }
    }

    /** A bundle, with its matters in the bundle's order. */
    record OneThing(Bundle bundle, List<Matter> matters) implements Choice {
        public OneThing {
            Objects.requireNonNull(bundle, "bundle");
            matters = List.copyOf(matters);
        }

        @Override
        public String code() {
            return bundle.code();
        }

        @Override
        public LocalizedText name() {
            return bundle.name();
        }
    }
}
