package org.onetrip.devices.idcard;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Checks of the 18-character citizen identity number of GB 11643: 17 digits, then a check
 * character computed with ISO 7064 MOD 11-2 ({@code 0-9} or {@code X}); digits 7 to 14 are
 * the birth date.
 */
public final class ResidentIdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentIdNumber() {
    }

    /**
     * The ISO 7064 MOD 11-2 check character of the first 17 digits.
     *
     * @throws IllegalArgumentException unless given exactly 17 ASCII digits
     */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17 || !first17.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("need 17 digits, got " + first17.length() + " characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /**
     * What is wrong with an ID number, or empty when it is valid. The text never repeats
     * the number itself, so it can be logged.
     */
    public static Optional<String> problem(String idNumber) {
        if (idNumber.length() != 18) {
            return Optional.of("ID number must have 18 characters, has " + idNumber.length());
        }
        String body = idNumber.substring(0, 17);
        if (!body.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("ID number must start with 17 digits");
        }
        char last = idNumber.charAt(17);
        char expected = checkCharacter(body);
        if (last != expected) {
            return Optional.of("ID number check character is wrong (ISO 7064 MOD 11-2)");
        }
        if (birthDate(idNumber).isEmpty()) {
            return Optional.of("ID number holds no valid birth date");
        }
        return Optional.empty();
    }

    /** The birth date in characters 7 to 14, if it is a real date. */
    public static Optional<LocalDate> birthDate(String idNumber) {
        if (idNumber.length() < 14) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(idNumber.substring(6, 10));
            int month = Integer.parseInt(idNumber.substring(10, 12));
            int day = Integer.parseInt(idNumber.substring(12, 14));
            if (year < 1850) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(year, month, day));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
