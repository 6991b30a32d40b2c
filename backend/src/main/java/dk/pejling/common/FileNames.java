package dk.pejling.common;

import java.util.Locale;

/** File names for downloads: Danish letters spelled out, everything else that is not a letter or digit a dash. */
public final class FileNames {

    private FileNames() {
    }

    public static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "runde" : slug;
    }
}
