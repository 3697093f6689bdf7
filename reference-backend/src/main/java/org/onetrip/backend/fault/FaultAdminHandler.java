package org.onetrip.backend.fault;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.Json;
import org.onetrip.backend.http.Reply;

/**
 * Operator-only {@code /admin/faults}: GET shows the rules, POST replaces them (and reseeds the
 * dice), DELETE clears them. Not part of the kiosk contract. Out-of-range parameters (a
 * probability outside 0..1, a delay over {@link FaultRule#LONGEST_DELAY}, more than
 * {@link FaultInjector#MOST_RULES} rules) are a 400 naming the range.
 */
public final class FaultAdminHandler implements Handler {

    /** A rule on the wire; {@code delay} is an ISO-8601 duration such as {@code PT2S}. */
    public record RuleBody(String mode, Double probability, String delay, String pathPrefix) {
    }

    /** The whole fault setting. */
    public record FaultSettings(Long seed, List<RuleBody> rules) {
    }

    private final FaultInjector faults;
    private final Json json;

    public FaultAdminHandler(FaultInjector faults, Json json) {
        this.faults = faults;
        this.json = json;
    }

    @Override
    public Reply handle(ApiRequest request) {
        switch (request.method()) {
            case "POST" -> {
                FaultSettings settings = json.read(request.body(), FaultSettings.class);
                List<RuleBody> bodies = settings.rules() == null ? List.of() : settings.rules();
                if (bodies.size() > FaultInjector.MOST_RULES) {
                    throw new ApiException(ErrorCode.BAD_REQUEST,
                            "at most " + FaultInjector.MOST_RULES + " rules, was " + bodies.size());
                }
                List<FaultRule> rules = new ArrayList<>();
                for (RuleBody body : bodies) {
                    if (body == null) {
                        throw new ApiException(ErrorCode.BAD_REQUEST, "each rule must be an object");
                    }
                    rules.add(rule(body));
                }
                faults.set(rules, settings.seed() == null ? 0L : settings.seed());
            }
            case "DELETE" -> faults.clear();
            default -> {
                // GET: only show
            }
        }
        List<RuleBody> shown = faults.rules().stream()
                .map(r -> new RuleBody(r.mode().name(), r.probability(), r.delay().toString(), r.pathPrefix()))
                .toList();
        return json.reply(200, new FaultSettings(null, shown));
    }

    private static FaultRule rule(RuleBody body) {
        FaultMode mode = Arrays.stream(FaultMode.values())
                .filter(m -> m.name().equals(body.mode()))
                .findFirst()
                .orElseThrow(() -> new ApiException(ErrorCode.BAD_REQUEST,
                        "mode must be one of " + Arrays.toString(FaultMode.values())));
        try {
            Duration delay = body.delay() == null ? Duration.ZERO : Duration.parse(body.delay());
            return new FaultRule(mode, body.probability() == null ? 1.0 : body.probability(), delay, body.pathPrefix());
        } catch (DateTimeParseException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "delay must be an ISO-8601 duration such as PT2S");
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, e.getMessage());
        }
    }
}
