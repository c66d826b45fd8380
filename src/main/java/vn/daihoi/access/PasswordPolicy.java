package vn.daihoi.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.daihoi.platform.DomainException;

/**
 * The rules every password a person sets must meet (own change, an administrator's account, the first
 * administrator from {@code DAIHOI_ADMIN_PASSWORD}): at least {@link #MIN_LENGTH} characters, letters and
 * digits, enough different characters (not {@code aaaaaaaaaaa1}), not the account name, and neither a common
 * password nor one with a few digits or signs around it ({@code password2026!}).
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MIN_DISTINCT = 6;
    static final int MAX_LENGTH = 128;

    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
    private static final Set<String> COMMON = load("/access/common-passwords.txt");

    private PasswordPolicy() {}

    /** Refuses a password that breaks a rule, with the rule's message; {@code username} may be null. */
    static void check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new DomainException("account.error.passwordLength", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new DomainException("account.error.passwordTooLong", MAX_LENGTH);
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw new DomainException("account.error.passwordMix");
        }
        if (password.chars().distinct().count() < MIN_DISTINCT) {
            throw new DomainException("account.error.passwordRepeated", MIN_DISTINCT);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && lower.contains(name)) {
            throw new DomainException("account.error.passwordHasUsername");
        }
        if (isCommon(lower)) {
            throw new DomainException("account.error.passwordCommon");
        }
    }

    /** The password, or its letters without the digits and signs at its ends, is a well-known one. */
    static boolean isCommon(String lower) {
        if (COMMON.contains(lower)) {
            return true;
        }
        String core = EDGES.matcher(lower).replaceAll("");
        return core.length() >= 4 && COMMON.contains(core);
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
