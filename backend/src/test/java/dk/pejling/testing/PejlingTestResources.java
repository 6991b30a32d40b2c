package dk.pejling.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Every {@code @QuarkusTest} of the suite shares one embedded PostgreSQL and one key pair. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class PejlingTestResources {

    private PejlingTestResources() {
    }
}
