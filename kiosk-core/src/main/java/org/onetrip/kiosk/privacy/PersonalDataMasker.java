package org.onetrip.kiosk.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in free text before it reaches a log file: resident ID numbers
 * (first 6 and last 4 kept), mobile and landline phone numbers (area code or first 3 and
 * last 4 kept) and names and addresses that appear as the value of a labelled field
 * (`name=...`, `"name":"..."`, `姓名：...`, `address: ...`).
 *
 * <p>A name written without a label cannot be told from any other word, so code that
 * logs people's data must label it; the labels below are the ones the kiosk uses.
 */
public final class PersonalDataMasker {

    /** 18-character resident ID (last may be X) or the old 15-digit form, not inside a longer number. */
    private static final Pattern ID_NUMBER =
            Pattern.compile("(?<![0-9A-Za-z])(\\d{6})(\\d{8}|\\d{5})(\\d{3}[0-9Xx]|\\d{4})(?![0-9A-Za-z])");

    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)((?:\\+?86[- ]?)?1[3-9]\\d)(\\d{4})(\\d{4})(?!\\d)");

    private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)(0\\d{2,3})[- ](\\d{3,4})(\\d{4})(?!\\d)");

    /** Labels whose value is a person's name; the value keeps its first character. */
    private static final String NAME_LABELS =
            "name|fullName|holderName|holder|applicant|applicantName|citizen|contactName|姓名|申请人|持证人";

    /** Labels whose value is an address or a free-text personal field; the whole value goes. */
    private static final String ADDRESS_LABELS = "address|postalAddress|住址|地址";

    private static final Pattern LABELLED_NAME = labelled(NAME_LABELS);
    private static final Pattern LABELLED_ADDRESS = labelled(ADDRESS_LABELS);

    private static Pattern labelled(String labels) {
        // label, optional closing quote, separator, optional opening quote, then the value up
        // to a quote, a separator, a bracket, the next `key=` or the line end; a Latin name
        // keeps its spaces
        return Pattern.compile("(?i)(?<![A-Za-z])((?:" + labels + ")\"?\\s*[=:：]\\s*\"?)"
                + "([^\"',;，；\\]\\}\\)\\r\\n]+?)"
                + "(?=\\s+[\\p{L}_]+\\s*[=:：]|[\"',;，；\\]\\}\\)\\r\\n]|\\s*$)");
    }

    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = replace(ID_NUMBER, text, m -> m.group(1) + stars(m.group(2).length()) + m.group(3));
        masked = replace(MOBILE, masked, m -> m.group(1) + "****" + m.group(3));
        masked = replace(LANDLINE, masked, m -> m.group(1) + "-" + stars(m.group(2).length()) + m.group(3));
        masked = replace(LABELLED_NAME, masked, m -> m.group(1) + maskName(m.group(2)));
        masked = replace(LABELLED_ADDRESS, masked, m -> m.group(1) + "***");
        return masked;
    }

    /** A name keeps its first character (code point), the rest become stars. */
    public static String maskName(String value) {
        String name = value.strip();
        if (name.isEmpty()) {
            return value;
        }
        int first = name.codePointAt(0);
        int rest = name.codePointCount(0, name.length()) - 1;
        return new StringBuilder().appendCodePoint(first).append(stars(Math.max(rest, 1))).toString();
    }

    private static String stars(int n) {
        return "*".repeat(n);
    }

    private interface Replacement {
        String apply(Matcher m);
    }

    private static String replace(Pattern pattern, String text, Replacement replacement) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
