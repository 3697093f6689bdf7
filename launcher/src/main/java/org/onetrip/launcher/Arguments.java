package org.onetrip.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The options of one subcommand, taken off its argument list one by one. */
final class Arguments {

    private final List<String> remaining;

    Arguments(List<String> args) {
        this.remaining = new ArrayList<>(args);
    }

    boolean flag(String name) {
        return remaining.remove(name);
    }

    Optional<String> option(String name) {
        int at = remaining.indexOf(name);
        if (at < 0) {
            return Optional.empty();
        }
        if (at + 1 >= remaining.size()) {
            throw new UsageException(name + " needs a value");
        }
        String value = remaining.remove(at + 1);
        remaining.remove(at);
        return Optional.of(value);
    }

    Optional<String> positional() {
        return remaining.isEmpty() || remaining.get(0).startsWith("--")
                ? Optional.empty() : Optional.of(remaining.remove(0));
    }

    /** Fails on anything not taken, so a mistyped option is never silently ignored. */
    void noneLeft() {
        if (!remaining.isEmpty()) {
            throw new UsageException("unexpected argument(s): " + String.join(" ", remaining));
        }
    }
}
