package dk.pejling.auth;

import dk.pejling.common.CurrentUser;
import dk.pejling.common.PejlingConfig;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Runs the check every signed-in request goes through once at start, before the replica is ready: a token is signed
 * for a login that does not exist, verified, and looked up (nothing is found, nothing is written). The first request
 * of a new replica then does not pay for code run the first time — on two cores about a quarter of a second
 * (docs/performance.md, "Reports and the overview"). If it fails, the replica is ready anyway.
 */
@Readiness
@ApplicationScoped
class SignInWarmup implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(SignInWarmup.class);

    private final PejlingConfig config;
    private final JWTParser parser;
    private final LiveIdentity.Check check;
    private final ManagedExecutor executor;
    private volatile boolean done;

    SignInWarmup(PejlingConfig config, JWTParser parser, LiveIdentity.Check check, ManagedExecutor executor) {
        this.config = config;
        this.parser = parser;
        this.check = check;
        this.executor = executor;
    }

    void started(@Observes StartupEvent start) {
        executor.execute(() -> {
            try {
                for (int i = 0; i < 3; i++) {
                    check.roles(parser.parse(token()));
                }
            } catch (ParseException | RuntimeException e) {
                LOG.warn("Could not run the sign-in check ahead; the first request runs it", e);
            } finally {
                done = true;
            }
        });
    }

    private String token() {
        return Jwt.issuer(config.auth().issuer())
                .audience(config.auth().audience())
                .subject(UUID.randomUUID().toString())
                .claim(CurrentUser.ORGANISATION_CLAIM, UUID.randomUUID().toString())
                .claim(CurrentUser.VERSION_CLAIM, 0)
                .expiresIn(60)
                .jws().keyId(config.auth().keyId()).sign();
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("sign-in check run").status(done).build();
    }
}
