package org.onetrip.backend.registry;

/** Resident ID numbers (GB 11643): 17 digits and an ISO 7064 MOD 11-2 check character. */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {
    }

    /** True when {@code id} has 18 characters, 17 digits and the right check character. */
    public static boolean isValid(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == CHECK[sum % 11];
    }

    /** Keeps the first six and last four characters, e.g. {@code 110101********1239}. */
    public static String mask(String id) {
        if (id == null || id.length() < 10) {
            return "****";
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }
}
