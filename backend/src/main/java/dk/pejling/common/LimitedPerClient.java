package dk.pejling.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits the requests to a resource class per client address, across replicas ({@link ClientLimitFilter}): over
 * the limit a request gets 429 with Retry-After before the resource is asked, so the refusal costs the same whatever
 * the request carries. The limit is {@code pejling.limits.<name>.max} per {@code pejling.limits.<name>.window}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LimitedPerClient {

    /** The limit's name under {@code pejling.limits}. */
    String value();
}
