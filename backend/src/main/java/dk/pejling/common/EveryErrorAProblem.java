package dk.pejling.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The last word on an API error: whatever answered it (a mapper of an extension, the framework's own handling of a
 * body it cannot read), it leaves as problem+json. The mappers in {@link ProblemMappers} answer every error Pejling
 * knows of; this catches the ones a framework answers itself, such as an empty body sent as text to an operation that
 * takes JSON (which got a bare 400 with no body).
 */
public class EveryErrorAProblem {

    @ServerResponseFilter
    void problem(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.getEntity() instanceof Problem
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        MediaType type = response.getMediaType();
        if (type != null && "problem+json".equals(type.getSubtype())) {
            return;
        }
        ProblemType problemType = status == 400 ? ProblemType.VALIDATION : ProblemType.forStatus(status);
        List<Problem.FieldError> errors = status == 400
                ? List.of(new Problem.FieldError("body", "is missing or not JSON"))
                : null;
        String detail = status == 400 ? "The request's body is missing or not JSON." : "The request could not be "
                + "processed.";
        boolean english;
        try {
            english = Language.ofTags(request.getAcceptableLanguages().stream().map(Locale::getLanguage).toList())
                    .english();
        } catch (RuntimeException e) {
            english = false;
        }
        response.setEntity(new Problem(problemType.uri(), problemType.title(english), status, detail,
                request.getUriInfo().getPath(), errors), null, MediaType.valueOf(ProblemMappers.PROBLEM_JSON));
    }
}
