package dk.pejling.common;

/** The kinds of problem Pejling reports, each with a stable type URI and a Danish and an English title. */
public enum ProblemType {
    BAD_REQUEST(400, "bad-request", "Ugyldig forespørgsel", "Bad request"),
    VALIDATION(400, "validation", "Ugyldige data", "Invalid data"),
    MALFORMED_JSON(400, "malformed-json", "Ugyldig JSON", "Malformed JSON"),
    INVALID_LINK(400, "invalid-link", "Linket er ugyldigt eller udløbet", "The link is invalid or has expired"),
    UNAUTHORIZED(401, "unauthorized", "Du skal logge ind", "Authentication required"),
    LOGIN_FAILED(401, "login-failed", "Forkert e-mail eller adgangskode", "Wrong e-mail or password"),
    FORBIDDEN(403, "forbidden", "Du har ikke adgang", "Access denied"),
    NOT_FOUND(404, "not-found", "Findes ikke", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Metoden er ikke tilladt", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Formatet kan ikke leveres", "Not acceptable"),
    CONFLICT(409, "conflict", "Konflikt", "Conflict"),
    REPORT_NOT_OPEN(409, "report-not-open", "Rapporten er ikke åben endnu", "The report is not open yet"),
    REPORT_NOT_READY(409, "report-not-ready", "Resultaterne bliver talt op", "The results are being counted"),
    ROUND_FROZEN(409, "round-frozen", "Runden er sendt ud og kan ikke længere ændres",
            "The round is launched and frozen"),
    ROUND_NOT_OPEN(409, "round-not-open", "Runden er ikke åben", "The round is not open"),
    ALREADY_SUBMITTED(409, "already-submitted", "Besvarelsen er allerede sendt", "Already submitted"),
    STALE_VERSION(409, "stale-version", "Nogen har ændret det i mellemtiden", "Changed by someone else meanwhile"),
    COMMENT_LOCKED(409, "comment-locked", "Kommentaren kan ikke længere ændres",
            "The comment can no longer be changed"),
    GONE(410, "gone", "Findes ikke længere", "Gone"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Forespørgslen er for stor", "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Formatet understøttes ikke", "Unsupported media type"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "For mange forespørgsler", "Too many requests"),
    INTERNAL(500, "internal", "Der opstod en fejl hos os", "Internal error"),
    UNAVAILABLE(503, "unavailable", "Tjenesten er midlertidigt utilgængelig", "Service unavailable");

    private final int status;
    private final String slug;
    private final String titleDa;
    private final String titleEn;

    ProblemType(int status, String slug, String titleDa, String titleEn) {
        this.status = status;
        this.slug = slug;
        this.titleDa = titleDa;
        this.titleEn = titleEn;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return "urn:pejling:problem:" + slug;
    }

    public String title(boolean english) {
        return english ? titleEn : titleDa;
    }

    /** The generic type for an HTTP status that has no more specific one. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION && type != MALFORMED_JSON && type != LOGIN_FAILED
                    && type != INVALID_LINK) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
