package vn.daihoi.access;

import java.security.SecureRandom;

/**
 * One-time passwords for new accounts and resets: 15 characters without look-alikes (no 0/O, 1/l/I)
 * so they can be read out over the phone, always with a digit so they pass the password rule.
 */
final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {}

    static String next() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.append(2 + RANDOM.nextInt(8)).toString();
    }
}
