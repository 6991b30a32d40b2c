package dk.pejling.common;

import java.util.List;

/** Thrown by services to answer with a problem; the mapper turns it into problem+json. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private Long retryAfterSeconds;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, message, List.of(new Problem.FieldError(field, message)));
    }

    /** 429 with a Retry-After header (S8). */
    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        ProblemException e = new ProblemException(ProblemType.TOO_MANY_REQUESTS, detail);
        e.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        return e;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
