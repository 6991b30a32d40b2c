package dk.pejling.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The columns of the organisation file; each accepts a Danish and an English header. {@code key} names it in errors. */
enum ImportColumn {
    UNIT("unit", true, "enhed", "unit"),
    PARENT_UNIT("parent unit", false, "overordnet enhed", "parent unit", "parent"),
    NAME("name", true, "navn", "name"),
    EMAIL("e-mail", true, "e-mail", "email", "mail"),
    MANAGER_EMAIL("manager e-mail", false, "leders e-mail", "manager email", "leders email", "leder e-mail",
            "manager e-mail", "manager"),
    ROLES("roles", false, "roller", "roles");

    final String key;
    final boolean required;
    /** The Danish header first, then the English, then other spellings accepted. */
    final List<String> headers;

    ImportColumn(String key, boolean required, String... headers) {
        this.key = key;
        this.required = required;
        this.headers = List.of(headers);
    }

    String header(boolean english) {
        return headers.get(english ? 1 : 0);
    }

    /** The column a header names, ignoring case, surrounding space and {@code _} for space; null if none. */
    static ImportColumn byHeader(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
        for (ImportColumn c : values()) {
            if (c.headers.contains(h) || c.headers.contains(h.replace(' ', '-'))) {
                return c;
            }
        }
        return null;
    }

    /** "enhed, overordnet enhed, …" in the language asked for. */
    static String known(boolean english) {
        List<String> names = new ArrayList<>();
        for (ImportColumn c : values()) {
            names.add(c.header(english));
        }
        return String.join(", ", names);
    }
}
