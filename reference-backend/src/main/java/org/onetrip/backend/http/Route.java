package org.onetrip.backend.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A method and a path template such as {@code /api/v1/submissions/{submissionId}}; a
 * parameter matches one non-empty path segment. {@code payload} says what body the route takes,
 * which sets its size limit and content type.
 */
public record Route(String method, String template, Guard guard, Payload payload, Handler handler) {

    public String name() {
        return method + " " + template;
    }

    /** The decoded path parameters when {@code rawPath} fits the template. */
    Optional<Map<String, String>> match(String rawPath) {
        List<String> names = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        Matcher params = Pattern.compile("\\{([A-Za-z]+)}").matcher(template);
        int last = 0;
        while (params.find()) {
            regex.append(Pattern.quote(template.substring(last, params.start()))).append("([^/]+)");
            names.add(params.group(1));
            last = params.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        Matcher m = Pattern.compile(regex.toString()).matcher(rawPath);
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), PercentDecoding.decode(m.group(i + 1)));
        }
        return Optional.of(values);
    }
}
