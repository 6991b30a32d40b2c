package dk.pejling.org;

import java.util.Locale;

/**
 * How the import compares unit names and e-mails: case-insensitively. Everything that matches a file's names to
 * each other and to the organisation goes through one key, so that two spellings are one unit or one person in
 * every check alike.
 */
@FunctionalInterface
interface ImportKeys {

    /** Lower case by Java's root locale. */
    ImportKeys LOWER_CASE = text -> text.toLowerCase(Locale.ROOT);

    /** The key of a text that is not null. */
    String lower(String text);

    /** The key of a name or e-mail; null for null. */
    default String of(String text) {
        return text == null ? null : lower(text);
    }
}
