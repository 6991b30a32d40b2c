package dk.pejling.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpClosedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every exception that leaves a resource into problem+json. No stack trace ever reaches a client. */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @jakarta.inject.Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @jakarta.inject.Inject
    AuditLog audit;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        if (e.type() == ProblemType.UNAUTHORIZED) {
            return unauthorized(e.getMessage(), headers, uri);
        }
        if (e.type() == ProblemType.FORBIDDEN) {
            recordRefusal(uri);
        }
        Response response = respond(e.type(), e.getMessage(), e.errors(), headers, uri);
        if (e.retryAfterSeconds() != null) {
            return Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return respond(ProblemType.VALIDATION, detail, errors, headers, uri);
    }

    /**
     * Declared separately: the validation extension maps this subtype itself, as a bare report in whatever type the
     * client asked for (an empty text/plain body to an operation that takes JSON ended there, without a problem).
     */
    @ServerExceptionMapper(priority = 1)
    public Response violation(ResteasyReactiveViolationException e, HttpHeaders headers, UriInfo uri) {
        return constraintViolation(e, headers, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return jsonProblem(e, headers, uri);
    }

    /** Declared separately: the JSON extension maps this subtype itself, with an empty body. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return jsonProblem(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return unauthorized(headers, uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return unauthorized(headers, uri);
    }

    @ServerExceptionMapper
    public Response authenticationCompletion(AuthenticationCompletionException e, HttpHeaders headers, UriInfo uri) {
        return unauthorized(headers, uri);
    }

    @ServerExceptionMapper
    public Uni<Response> forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        Response response = respond(ProblemType.FORBIDDEN, "Your roles do not allow this.", null, headers, uri);
        Refusal refusal = refusal(uri);
        if (refusal == null) {
            return Uni.createFrom().item(response);
        }
        // A role check may refuse on the I/O thread, before the request reaches a worker: audit on a worker.
        return Uni.createFrom().item(() -> {
            record(refusal);
            return response;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Who was refused what: the caller of a valid token (an operator has no organisation). */
    private record Refusal(UUID organisationId, UUID actorId, String path) {
    }

    private Refusal refusal(UriInfo uri) {
        try {
            if (identity != null && !identity.isAnonymous()
                    && identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken jwt) {
                Object organisation = jwt.getClaim(CurrentUser.ORGANISATION_CLAIM);
                return new Refusal(
                        organisation == null ? null : UUID.fromString(organisation.toString().replace("\"", "")),
                        UUID.fromString(jwt.getSubject()), uri.getPath());
            }
        } catch (RuntimeException ignored) {
            // Not a token of ours: nothing to name in the audit log.
        }
        return null;
    }

    /** A failed access check is audited, like a refusal by object. */
    private void recordRefusal(UriInfo uri) {
        Refusal refusal = refusal(uri);
        if (refusal != null) {
            record(refusal);
        }
    }

    private void record(Refusal refusal) {
        try {
            audit.record(refusal.organisationId(), refusal.actorId(), "access.denied", "path", refusal.path(), "role");
        } catch (RuntimeException ignored) {
            // An audit that cannot be written must not turn a 403 into a 500.
        }
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonProblem(json, headers, uri);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        if (status >= 500) {
            return internal(e, headers, uri);
        }
        String detail = switch (type) {
            case NOT_FOUND -> "There is nothing at " + uri.getPath() + ".";
            case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
            case NOT_ACCEPTABLE -> "This resource cannot be returned in the requested format.";
            default -> "The request could not be processed.";
        };
        Response.ResponseBuilder builder = Response.status(status)
                .type(PROBLEM_JSON)
                .entity(problem(type, detail, null, headers, uri));
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        return internal(e, headers, uri);
    }

    private Response internal(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (DatabaseOutage.isCause(e)) {
            // Not our bug and not the client's: the database is unreachable for a moment. Clients retry.
            LOG.warnf("Database unavailable on %s: %s", uri.getPath(), DatabaseOutage.describe(e));
            return Response.fromResponse(respond(ProblemType.UNAVAILABLE,
                    "The database cannot be reached at the moment. Try again shortly.", null, headers, uri))
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        if (clientGone(e)) {
            // The client closed the connection while its body was being read: nobody is there to answer, and
            // nothing was done (a submission is stored only after its whole body has been read and checked).
            LOG.debugf("The client closed the connection during %s", uri.getPath());
            return respond(ProblemType.VALIDATION, "body: the request was not received in full",
                    List.of(new Problem.FieldError("body", "blev ikke modtaget helt")), headers, uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
        return respond(ProblemType.INTERNAL, "Something went wrong on our side. Error id: " + errorId, null, headers,
                uri);
    }

    private Response unauthorized(HttpHeaders headers, UriInfo uri) {
        return unauthorized("A valid bearer token is required.", headers, uri);
    }

    private static Response unauthorized(String detail, HttpHeaders headers, UriInfo uri) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(PROBLEM_JSON)
                .entity(problem(ProblemType.UNAUTHORIZED, detail, null, headers, uri))
                .build();
    }

    private Response jsonProblem(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping);
            String message;
            if (e instanceof InputRules.RejectedInput rejected) {
                message = rejected.reason();
            } else if (e instanceof UnrecognizedPropertyException) {
                message = "is not a known field";
            } else if (e instanceof InvalidFormatException format) {
                message = "has the wrong format or type (got " + abbreviate(String.valueOf(format.getValue())) + ")";
            } else {
                message = "has the wrong type";
            }
            return respond(ProblemType.VALIDATION, field + " " + message,
                    List.of(new Problem.FieldError(field, message)), headers, uri);
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return respond(ProblemType.MALFORMED_JSON, "The body is not valid JSON" + where + ".", null, headers, uri);
    }

    private static Response respond(ProblemType type, String detail, List<Problem.FieldError> errors,
            HttpHeaders headers, UriInfo uri) {
        return Response.status(type.status())
                .type(PROBLEM_JSON)
                .entity(problem(type, detail, errors, headers, uri))
                .build();
    }

    static Problem problem(ProblemType type, String detail, List<Problem.FieldError> errors, HttpHeaders headers,
            UriInfo uri) {
        return new Problem(type.uri(), type.title(Language.of(headers).english()), type.status(), detail,
                uri == null ? null : uri.getPath(), errors);
    }

    /** "login.request.email" (method, parameter, field) → "email". */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        boolean parameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE -> {
                }
                case PARAMETER -> {
                    parts.add(node.getName());
                    parameter = true;
                }
                default -> {
                    String name = node.getName();
                    if (node.getIndex() != null && !parts.isEmpty()) {
                        int last = parts.size() - 1;
                        parts.set(last, parts.get(last) + "[" + node.getIndex() + "]");
                    }
                    if (name != null && !"<list element>".equals(name) && !"<iterable element>".equals(name)) {
                        parts.add(name);
                    }
                }
            }
        }
        // The first part is the resource method's body parameter; the client knows the body, not our names for it.
        // A body validated as a bean (not as a parameter) has no such part.
        if (parameter && parts.size() > 1) {
            parts.remove(0);
        }
        return String.join(".", parts);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    /** Whether this is the connection closed by the client while its request was read. */
    static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpClosedException || t instanceof ClosedChannelException) {
                return true;
            }
        }
        return false;
    }
}
