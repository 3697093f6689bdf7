package org.onetrip.fleet;

import java.util.List;
import java.util.Objects;

/**
 * A command as the operator signs it (the payload of an ES256 JWS).
 *
 * @param id        unique, so a kiosk follows it once
 * @param kiosk     the one kiosk it is for
 * @param command   the command's word ({@link CommandName#word()})
 * @param arguments its arguments
 * @param issuedAt  Unix seconds
 * @param expiresAt Unix seconds; a kiosk refuses it after
 */
public record FleetOrder(String id, String kiosk, String command, List<String> arguments, long issuedAt,
        long expiresAt) {
    public FleetOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kiosk, "kiosk");
        Objects.requireNonNull(command, "command");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** For the journal: the command and its arguments, and the order's id. */
    public String summary() {
        return command + (arguments.isEmpty() ? "" : " " + String.join(" ", arguments)) + " (order " + id + ")";
    }
}
