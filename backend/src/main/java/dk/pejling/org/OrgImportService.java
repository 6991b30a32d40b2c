package dk.pejling.org;

import dk.pejling.common.AuditLog;
import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import dk.pejling.common.Role;
import dk.pejling.org.ImportParser.ParsedFile;
import dk.pejling.org.OrgImportApi.ImportResult;
import dk.pejling.org.OrgImportApi.ImportSummary;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The organisation import (CSV): every row checked and all errors reported by line and column; a good file applied
 * in one transaction. The file is the whole organisation: e-mail is the key, so importing it again updates, moves
 * and reactivates people, and deactivates those who are missing (people are never deleted: rounds refer to them).
 * Units are matched by name, case-insensitively; units not named in the file are left as they are.
 *
 * <p>The work is done in steps, each a class of its own: {@link ImportParser} (bytes to rows, no database),
 * {@link OrgSnapshot} (the organisation as it is), {@link ImportCheck} (every error), {@link ImportPlan} (the
 * changes) and {@link ImportWriter} (the changes written). Messages come from {@link ImportMessage}.
 */
@ApplicationScoped
@Transactional
public class OrgImportService {

    /** The server refuses larger bodies (quarkus.http.limits.max-body-size); checked here too. */
    static final int MAX_BYTES = 16 * 1024 * 1024;
    static final int MAX_ROWS = ImportParser.MAX_ROWS;
    /** The longest an apply may hold its transaction (and the organisation's lock). */
    static final int APPLY_TIMEOUT_SECONDS = 600;

    /** Who imports: the organisation, the person (for the audit log and self-protection), their roles. */
    public record Actor(UUID organisationId, UUID personId, Set<Role> roles) {
    }

    private static final Logger LOG = Logger.getLogger(OrgImportService.class);

    private final LoginAccounts logins;
    private final AuditLog audit;

    OrgImportService(LoginAccounts logins, AuditLog audit) {
        this.logins = logins;
        this.audit = audit;
    }

    /** What the file would change; writes nothing. Throws a validation problem listing every error. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportResult preview(Actor actor, byte[] csv, boolean english) {
        Stopwatch time = new Stopwatch();
        ImportResult result = plan(actor, csv, english, time).result("preview", false);
        LOG.debugf("Import preview of %d rows: %s", result.rows(), time);
        return result;
    }

    /**
     * Applies the file in this one transaction, or nothing at all when any row is bad. The transaction may take up
     * to {@link #APPLY_TIMEOUT_SECONDS}: an import of the largest organisation takes seconds, but on a busy machine
     * a valid file must not end in a timeout (which would roll it all back) for want of a minute.
     */
    @TransactionConfiguration(timeout = APPLY_TIMEOUT_SECONDS)
    public ImportResult apply(Actor actor, byte[] csv, boolean english) {
        // One import at a time per organisation: the plan is made from what the lock then protects.
        Organisation.getEntityManager().find(Organisation.class, actor.organisationId(),
                LockModeType.PESSIMISTIC_WRITE);
        Stopwatch time = new Stopwatch();
        ImportPlan plan = plan(actor, csv, english, time);
        new ImportWriter(actor.organisationId(), plan, logins).write();
        time.lap("write");
        ImportResult result = plan.result("apply", true);
        LOG.debugf("Import of %d rows: %s", result.rows(), time);
        ImportSummary s = result.summary();
        audit.record(actor.organisationId(), actor.personId(), "org.import", "organisation",
                actor.organisationId().toString(),
                "rows=" + result.rows() + " unitsCreated=" + s.unitsCreated() + " unitsMoved=" + s.unitsMoved()
                        + " peopleCreated=" + s.peopleCreated() + " peopleUpdated=" + s.peopleUpdated()
                        + " peopleMoved=" + s.peopleMoved() + " peopleDeactivated=" + s.peopleDeactivated()
                        + " accountsCreated=" + s.accountsCreated() + " accountsUpdated=" + s.accountsUpdated()
                        + " accountsDeactivated=" + s.accountsDeactivated());
        return result;
    }

    /** Parse, read the organisation, check, plan; throws the validation problem when anything is wrong. */
    private ImportPlan plan(Actor actor, byte[] csv, boolean english, Stopwatch time) {
        if (csv.length > MAX_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                    ImportMessage.TOO_LARGE.text(english, MAX_BYTES / (1024 * 1024)));
        }
        OrgSnapshot organisation = OrgSnapshot.read(actor.organisationId(), logins);
        time.lap("read");
        if (!ImportCheck.mayImport(actor, organisation)) {
            throw new ProblemException(ProblemType.FORBIDDEN, ImportMessage.NOT_ALLOWED.text(english));
        }
        ParsedFile parsed = ImportParser.parse(csv);
        time.lap("parse");
        if (!parsed.readable()) {
            parsed.errors().throwIfAny(english);
        }
        ImportKeys keys = DatabaseKeys.of(parsed.rows().stream()
                .flatMap(r -> Stream.of(r.unit(), r.parentUnit(), r.email(), r.managerEmail()))
                .filter(Objects::nonNull).toList());
        FileOrganisation file = ImportCheck.check(actor, parsed.rows(), organisation, keys, parsed.errors(),
                emails -> logins.loginsElsewhere(actor.organisationId(), emails));
        time.lap("check");
        parsed.errors().throwIfAny(english);
        ImportPlan plan = ImportPlan.of(file, organisation, keys, parsed.rows().size());
        time.lap("plan");
        return plan;
    }

    /** How long each step took, for the log. */
    private static final class Stopwatch {
        private final StringBuilder laps = new StringBuilder();
        private long last = System.nanoTime();

        void lap(String step) {
            long now = System.nanoTime();
            laps.append(laps.isEmpty() ? "" : ", ").append(step).append(' ').append((now - last) / 1_000_000)
                    .append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return laps.toString();
        }
    }
}
