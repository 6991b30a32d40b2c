package dk.pejling.common;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/**
 * The one rule for the language of the words a response carries (problem titles, field messages): Danish, unless
 * the request's {@code Accept-Language}, read in order of preference, names English before Danish. A wildcard counts
 * as Danish, and languages Pejling does not speak are skipped. The SPA sends the UI's language on every request; the
 * rule matters for other clients. Bean Validation's messages follow the same rule through {@code quarkus.locales}
 * (da first).
 */
public enum Language {
    DANISH,
    ENGLISH;

    /** From language tags already in order of preference ("en-GB", "da", "*"). */
    public static Language ofTags(List<String> tags) {
        for (String tag : tags) {
            String language = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (language.equals("*") || language.equals("da") || language.startsWith("da-")) {
                return DANISH;
            }
            if (language.equals("en") || language.startsWith("en-")) {
                return ENGLISH;
            }
        }
        return DANISH;
    }

    /** From a request's headers; JAX-RS orders the acceptable languages by their quality. */
    public static Language of(HttpHeaders headers) {
        if (headers == null) {
            return DANISH;
        }
        try {
            return ofTags(headers.getAcceptableLanguages().stream().map(Locale::getLanguage).toList());
        } catch (RuntimeException e) {
            // A header that cannot be read is no reason to refuse a request: Danish.
            return DANISH;
        }
    }

    public boolean english() {
        return this == ENGLISH;
    }

    /** The text in this language, from a Danish and an English wording. */
    public String pick(String danish, String english) {
        return this == ENGLISH ? english : danish;
    }
}
