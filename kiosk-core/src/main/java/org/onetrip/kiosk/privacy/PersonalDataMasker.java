package org.onetrip.kiosk.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onetrip.devices.privacy.Masking;

/**
 * Masks personal data in free text before it reaches a log file, by the one policy of
 * {@link Masking}: resident ID numbers ({@code 1101**********1239}, also when they arrive
 * masked less, such as {@code 110101********1239}), mobile and landline phone numbers
 * ({@code 13*******78}, {@code 075*-*****234}), and identifiers and names that appear as
 * the value of a labelled field (`nationalNumber=...`, `name=...`, `"name":"..."`,
 * `姓名：...`). The value of a labelled address field goes whole ({@code ***}): a log needs
 * no part of an address, so logs are stricter here than receipts.
 *
 * <p>A name written without a label cannot be told from any other word, so code that
 * logs people's data must label it; the labels below are the ones the kiosk uses.
 */
public final class PersonalDataMasker {

    /**
     * 18-character resident ID (last may be X) or the old 15-digit form, not inside a longer
     * number; digits after the first may already be masked with {@code *}.
     */
    private static final Pattern ID_NUMBER =
            Pattern.compile("(?<![0-9A-Za-z*])(?:\\d[0-9*]{16}[0-9Xx]|\\d[0-9*]{13}\\d)(?![0-9A-Za-z*])");

    /** A mobile number, after an optional country code (which stays as it is). */
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)((?:\\+?86[- ]?)?)(1[3-9]\\d{9})(?!\\d)");

    private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)0\\d{2,3}[- ]\\d{7,8}(?!\\d)");

    /** Labels whose value is a person's name; the value keeps its first character. */
    private static final String NAME_LABELS =
            "name|fullName|holderName|holder|applicant|applicantName|citizen|contactName|姓名|申请人|持证人";

    /** Labels whose value is an identifier of a person, whatever its shape (a Belgian national number). */
    private static final String IDENTIFIER_LABELS =
            "idNumber|nationalNumber|documentNumber|cardNumber|证件号码|身份证号|公民身份号码";

    /** Labels whose value is an address or a free-text personal field; the whole value goes. */
    private static final String ADDRESS_LABELS = "address|postalAddress|住址|地址";

    /** An identifier's value ends at the first space, or where a name's would. */
    private static final Pattern LABELLED_IDENTIFIER = Pattern.compile("(?i)(?<![A-Za-z])((?:" + IDENTIFIER_LABELS
            + ")\"?\\s*[=:：]\\s*\"?)([^\\s\"',;，；\\]\\}\\)]+)");
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
        String masked = replace(ID_NUMBER, text, m -> Masking.identifier(m.group()));
        masked = replace(MOBILE, masked, m -> m.group(1) + Masking.phone(m.group(2)));
        masked = replace(LANDLINE, masked, m -> Masking.phone(m.group()));
        masked = replace(LABELLED_IDENTIFIER, masked, m -> m.group(1) + Masking.identifier(m.group(2)));
        masked = replace(LABELLED_NAME, masked, m -> m.group(1) + maskedName(m.group(2)));
        masked = replace(LABELLED_ADDRESS, masked, m -> m.group(1) + "***");
        return masked;
    }

    /** A labelled value that holds only spaces stays as it is. */
    private static String maskedName(String value) {
        return value.isBlank() ? value : Masking.name(value);
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
