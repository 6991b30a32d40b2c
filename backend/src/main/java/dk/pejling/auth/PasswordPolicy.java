package dk.pejling.auth;

import dk.pejling.common.ProblemException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be (docs/security.md): at least 12 characters and at most 256; not one of the 10,000 most
 * common passwords (auth/common-passwords.txt, source in its NOTICE), whatever the case; and not containing the
 * login's e-mail name (the part before @, or a part of it of four letters or more, such as a first name).
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 256;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Throws a 400 naming the field {@code password} when the password breaks a rule. */
    static void check(String password, String email, boolean english) {
        String problem = problem(password, email, english);
        if (problem != null) {
            throw ProblemException.invalid("password", problem);
        }
    }

    static String problem(String password, String email, boolean english) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return english ? "must be at least " + MIN_LENGTH + " characters"
                    : "skal være mindst " + MIN_LENGTH + " tegn";
        }
        if (length > MAX_LENGTH) {
            return english ? "must be at most " + MAX_LENGTH + " characters"
                    : "må højst være " + MAX_LENGTH + " tegn";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return english ? "is one of the most common passwords; choose another"
                    : "er en af de mest almindelige adgangskoder; vælg en anden";
        }
        if (email != null && email.contains("@")) {
            String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            boolean contains = local.length() >= 3 && lower.contains(local);
            for (String part : local.split("[._+\\-]+")) {
                contains |= part.length() >= 4 && lower.contains(part);
            }
            if (contains) {
                return english ? "must not contain your e-mail address or the name in it"
                        : "må ikke indeholde din e-mailadresse eller navnet i den";
            }
        }
        return null;
    }

    static boolean common(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(16_384);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/auth/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("auth/common-passwords.txt is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
