package dk.pejling.org;

import java.util.ArrayList;
import java.util.List;

/**
 * Every message of the organisation import, in Danish and English: one catalogue, so that the two languages stay
 * side by side and a message is written once. {@code {0}}, {@code {1}} … are filled in with the arguments; an
 * argument that is a {@link Localized} is itself chosen by language.
 */
enum ImportMessage {

    // The file as a whole
    TOO_LARGE("Filen er større end {0} MB.", "The file is larger than {0} MB."),
    NOT_UTF8("Filen er ikke UTF-8. Gem den som »CSV UTF-8« i dit regneark.",
            "The file is not UTF-8. Save it as \"CSV UTF-8\" in your spreadsheet."),
    EMPTY("Filen er tom.", "The file is empty."),
    TOO_MANY_ROWS("Filen har {0} rækker; højst {1} kan importeres.",
            "The file has {0} rows; at most {1} can be imported."),
    NO_ROWS("Filen har ingen rækker under overskrifterne.", "The file has no rows below the header."),
    SELF_MISSING("Din egen e-mail ({0}) er ikke i filen, så importen ville deaktivere dig.",
            "Your own e-mail ({0}) is not in the file, so the import would deactivate you."),
    NOT_IMPORTED_ONE("Filen blev ikke importeret: 1 fejl.", "The file was not imported: 1 error."),
    NOT_IMPORTED("Filen blev ikke importeret: {0} fejl.", "The file was not imported: {0} errors."),
    MORE_ERRORS("{0} fejl mere vises ikke", "{0} more errors are not shown"),

    // A line
    UNCLOSED_QUOTE("et citationstegn (\") åbner et felt, der aldrig lukkes",
            "a quote (\") opens a field that is never closed"),
    TOO_MANY_FIELDS("har {0} felter, men overskriften har {1}", "has {0} fields, but the header has {1}"),
    FIELD_LIMIT("har mere end {0} felter", "has more than {0} fields"),
    CONTROL_CHARACTER("indeholder et kontroltegn ({0}), som ikke må stå i filen",
            "contains a control character ({0}), which is not allowed in the file"),

    // The header
    UNKNOWN_COLUMN("ukendt kolonne »{0}«; kendte kolonner: {1}", "unknown column \"{0}\"; known columns: {1}"),
    DUPLICATE_COLUMN("kolonnen »{0}« står to gange", "the column \"{0}\" appears twice"),
    MISSING_COLUMN("kolonnen »{0}« mangler", "the column \"{0}\" is missing"),

    // A cell
    REQUIRED("skal udfyldes", "is required"),
    TOO_LONG("må højst være {0} tegn (er {1})", "must be at most {0} characters (is {1})"),
    UNKNOWN_ROLE("ukendt rolle »{0}«; brug hr, admin, leder eller chef",
            "unknown role \"{0}\"; use hr, admin, leader or manager"),
    INVALID_EMAIL("»{0}« er ikke en gyldig e-mailadresse", "\"{0}\" is not a valid e-mail address"),
    DUPLICATE_EMAIL("{0} står også på linje {1}", "{0} is also on line {1}"),

    // Units
    OWN_PARENT("en enhed kan ikke være sin egen overordnede enhed", "a unit cannot be its own parent unit"),
    OTHER_PARENT("linje {0} giver enheden »{1}« en anden overordnet enhed",
            "line {0} gives the unit \"{1}\" another parent unit"),
    UNKNOWN_PARENT("enheden »{0}« findes hverken i filen eller i organisationen",
            "the unit \"{0}\" is neither in the file nor in the organisation"),
    UNIT_CYCLE("enhederne danner en ring: {0}", "the units form a cycle: {0}"),
    UNIT_TOO_DEEP("»{0}« ville ligge på niveau {1} i enhedstræet; højst {2} niveauer er muligt: {3}",
            "\"{0}\" would be on level {1} of the unit tree; at most {2} levels are possible: {3}"),

    // Leaders
    OWN_MANAGER("en person kan ikke være sin egen leder", "a person cannot be their own manager"),
    MANAGER_NOT_IN_FILE("{0} er ikke i filen", "{0} is not in the file"),
    MANAGER_DEACTIVATED("{0} er ikke i filen (personer, der ikke er i filen, bliver deaktiveret)",
            "{0} is not in the file (people who are not in the file are deactivated)"),
    MANAGER_CYCLE("lederforholdene danner en ring: {0}", "the reporting lines form a cycle: {0}"),

    // Logins and roles
    LOGIN_ELSEWHERE("{0} er allerede login i en anden organisation i Pejling og kan ikke få roller her",
            "{0} is already a login in another organisation in Pejling and cannot have roles here"),
    ADMIN_ONLY("kun en administrator kan give eller fjerne rollen admin",
            "only an administrator can grant or remove the admin role"),
    OWN_ROLES("du kan ikke fjerne dine egne roller {0}", "you cannot remove your own roles {0}"),

    // The caller
    NOT_ALLOWED("Du har ikke (længere) adgang til at importere organisationen.",
            "You are not (or no longer) allowed to import the organisation."),

    // The request
    MODE("skal være preview eller apply", "must be preview or apply");

    /** How much of a value from the file a message repeats: enough to find it, never megabytes. */
    static final int QUOTED = 80;
    /** How many links of a cycle a message lists before it skips to the end. */
    static final int CHAIN = 10;

    /** An argument that differs by language, such as a list of column headers. */
    record Localized(String da, String en) {
    }

    private final String da;
    private final String en;

    ImportMessage(String da, String en) {
        this.da = da;
        this.en = en;
    }

    /** A value from the file as a message repeats it: cut after {@link #QUOTED} characters. */
    static String quote(String value) {
        if (value.codePointCount(0, value.length()) <= QUOTED) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, QUOTED)) + "…";
    }

    /**
     * A cycle as a message shows it, "a → b → c → a", each name quoted; a long one shortened to its first
     * {@link #CHAIN} links, "…" and the first again.
     */
    static String chain(List<String> cycle) {
        List<String> shown = new ArrayList<>();
        for (String name : cycle.size() <= CHAIN + 1 ? cycle : cycle.subList(0, CHAIN)) {
            shown.add(quote(name));
        }
        if (cycle.size() > CHAIN + 1) {
            shown.add("…");
        }
        shown.add(quote(cycle.get(0)));
        return String.join(" → ", shown);
    }

    /** The message in the language asked for, with its arguments filled in. */
    String text(boolean english, Object... args) {
        String template = english ? en : da;
        StringBuilder text = new StringBuilder(template.length() + 32);
        // One pass, so that an argument that itself holds "{1}" (it comes from the file) is left as it is.
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{' && i + 2 < template.length() && Character.isDigit(template.charAt(i + 1))
                    && template.charAt(i + 2) == '}') {
                Object arg = args[template.charAt(i + 1) - '0'];
                text.append(arg instanceof Localized l ? (english ? l.en() : l.da()) : String.valueOf(arg));
                i += 2;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
