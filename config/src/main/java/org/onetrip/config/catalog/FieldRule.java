package org.onetrip.config.catalog;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks on a field's answer beyond those of its type.
 *
 * @param pattern   a Java regular expression the whole answer must match, if any
 * @param minLength fewest characters, 0 or more
 * @param maxLength most characters, at least {@code minLength} and at least 1, at most {@link #MAX_LENGTH}
 */
public record FieldRule(Optional<String> pattern, int minLength, int maxLength) {

    public static final int MAX_LENGTH = 2000;
    public static final int DEFAULT_MAX_LENGTH = 200;
    public static final FieldRule DEFAULT = new FieldRule(Optional.empty(), 0, DEFAULT_MAX_LENGTH);

    public FieldRule {
        Objects.requireNonNull(pattern, "pattern");
        pattern.ifPresent(FieldRule::compile);
        if (minLength < 0 || maxLength < 1 || maxLength > MAX_LENGTH || minLength > maxLength) {
            throw new IllegalArgumentException("need 0 <= minLength <= maxLength <= " + MAX_LENGTH
                    + ", got minLength " + minLength + ", maxLength " + maxLength);
        }
    }

    /** Compiles a pattern; the exception message tells what is wrong with it. */
    public static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("not a valid regular expression: " + e.getDescription()
                    + " near index " + e.getIndex(), e);
        }
    }

    /** Whether an answer passes length and pattern. */
    public boolean accepts(String answer) {
        int length = answer.codePointCount(0, answer.length());
        return length >= minLength && length <= maxLength
                && pattern.map(regex -> compile(regex).matcher(answer).matches()).orElse(true);
    }
}
