package dk.pejling.org;

import dk.pejling.common.BulkWrites;
import dk.pejling.common.Role;
import dk.pejling.org.LoginAccounts.RoleGrant;
import dk.pejling.org.OrgImportApi.AccountChange;
import dk.pejling.org.OrgSnapshot.SnapshotPerson;
import dk.pejling.org.OrgSnapshot.SnapshotUnit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The last step of the import: a plan written to the database, in the caller's transaction, in a handful of
 * statements whatever the size of the file. Each kind of change is one statement over arrays ({@code unnest}): new
 * units, moved units, new people, changed people, deactivated people; then the logins in one batch. PostgreSQL checks
 * a foreign key at the end of the statement, so a new unit may name a new parent and a new person a new leader in
 * the same statement, in any order. Nothing goes through the persistence context, so the cost grows with the rows
 * and nothing else (see docs/performance.md, "Organisation import").
 */
final class ImportWriter {

    private final UUID organisationId;
    private final ImportPlan plan;
    private final FileOrganisation file;
    private final OrgSnapshot organisation;
    private final ImportKeys keys;
    private final LoginAccounts logins;
    private final OffsetDateTime now = OffsetDateTime.now();

    /** Unit key → id, and e-mail key → person id, after the import. */
    private final Map<String, UUID> unitIds = new HashMap<>();
    private final Map<String, UUID> personIds = new HashMap<>();

    ImportWriter(UUID organisationId, ImportPlan plan, LoginAccounts logins) {
        this.organisationId = organisationId;
        this.plan = plan;
        this.file = plan.file;
        this.organisation = plan.organisation;
        this.keys = plan.keys;
        this.logins = logins;
    }

    void write() {
        Session session = Unit.getEntityManager().unwrap(Session.class);
        // Each step's foreign keys refer to rows the step before wrote (people to their units and managers, logins
        // to people): plan their checks from the tables as they are now.
        session.doWork(connection -> {
            BulkWrites.freshPlans(connection);
            writeUnits(connection);
            BulkWrites.freshPlans(connection);
            writePeople(connection);
            BulkWrites.freshPlans(connection);
        });
        List<RoleGrant> grants = new ArrayList<>();
        for (int i = 0; i < plan.accountChanges.size(); i++) {
            AccountChange change = plan.accountChanges.get(i);
            String key = plan.accountKeys.get(i);
            // People in the file have their id here; people missing from it, in the organisation.
            UUID person = personIds.containsKey(key) ? personIds.get(key) : organisation.person(key).id();
            grants.add(new RoleGrant(person, change.email(), change.roles().isEmpty() ? EnumSet.noneOf(Role.class)
                    : EnumSet.copyOf(change.roles())));
        }
        logins.setRoles(organisationId, grants);
    }

    private void writeUnits(Connection connection) throws SQLException {
        List<String> created = new ArrayList<>();
        for (Map.Entry<String, String> unit : file.units.entrySet()) {
            SnapshotUnit existing = organisation.unit(unit.getKey());
            unitIds.put(unit.getKey(), existing != null ? existing.id() : UUID.randomUUID());
            if (existing == null) {
                created.add(unit.getKey());
            }
        }
        List<UUID> ids = new ArrayList<>();
        List<UUID> parents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String unit : created) {
            ids.add(unitIds.get(unit));
            parents.add(parentId(unit));
            names.add(file.units.get(unit));
        }
        execute(connection, """
                insert into unit (id, organisation_id, parent_id, name)
                select u.id, cast(? as uuid), u.parent_id, u.name
                from unnest(cast(? as uuid[]), cast(? as uuid[]), cast(? as varchar[])) as u(id, parent_id, name)
                """, ids.size(), organisationId, uuids(connection, ids), uuids(connection, parents),
                texts(connection, names));

        ids.clear();
        parents.clear();
        for (String unit : file.units.keySet()) {
            SnapshotUnit existing = organisation.unit(unit);
            if (existing != null && !Objects.equals(existing.parentId(), parentId(unit))) {
                ids.add(existing.id());
                parents.add(parentId(unit));
            }
        }
        execute(connection, """
                update unit set parent_id = u.parent_id
                from unnest(cast(? as uuid[]), cast(? as uuid[])) as u(id, parent_id)
                where unit.id = u.id and unit.organisation_id = cast(? as uuid)
                """, ids.size(), uuids(connection, ids), uuids(connection, parents), organisationId);
    }

    private UUID parentId(String unit) {
        String parent = file.parents.get(unit);
        if (parent == null) {
            return null;
        }
        UUID id = unitIds.get(parent);
        return id != null ? id : organisation.unit(parent).id();
    }

    private void writePeople(Connection connection) throws SQLException {
        for (Map.Entry<String, ImportRow> person : file.people.entrySet()) {
            SnapshotPerson existing = organisation.person(person.getKey());
            personIds.put(person.getKey(), existing != null ? existing.id() : UUID.randomUUID());
        }
        Columns created = new Columns();
        Columns changed = new Columns();
        for (Map.Entry<String, ImportRow> entry : file.people.entrySet()) {
            ImportRow row = entry.getValue();
            SnapshotPerson existing = organisation.person(entry.getKey());
            UUID unit = unitIds.get(keys.of(row.unit()));
            UUID manager = row.managerEmail() == null ? null : personIds.get(keys.of(row.managerEmail()));
            if (existing == null) {
                created.add(personIds.get(entry.getKey()), unit, manager, row);
            } else if (!existing.name().equals(row.name()) || !existing.email().equals(row.email())
                    || !existing.active() || !Objects.equals(existing.unitId(), unit)
                    || !Objects.equals(existing.managerId(), manager)) {
                changed.add(existing.id(), unit, manager, row);
            }
        }
        execute(connection, """
                insert into person (id, organisation_id, unit_id, manager_id, name, email, active, updated_at)
                select p.id, cast(? as uuid), p.unit_id, p.manager_id, p.name, p.email, true, cast(? as timestamptz)
                from unnest(cast(? as uuid[]), cast(? as uuid[]), cast(? as uuid[]), cast(? as varchar[]),
                            cast(? as varchar[])) as p(id, unit_id, manager_id, name, email)
                """, created.size(), organisationId, now, uuids(connection, created.ids),
                uuids(connection, created.units), uuids(connection, created.managers),
                texts(connection, created.names), texts(connection, created.emails));
        execute(connection, """
                update person set unit_id = p.unit_id, manager_id = p.manager_id, name = p.name, email = p.email,
                       active = true, updated_at = cast(? as timestamptz)
                from unnest(cast(? as uuid[]), cast(? as uuid[]), cast(? as uuid[]), cast(? as varchar[]),
                            cast(? as varchar[])) as p(id, unit_id, manager_id, name, email)
                where person.id = p.id and person.organisation_id = cast(? as uuid)
                """, changed.size(), now, uuids(connection, changed.ids), uuids(connection, changed.units),
                uuids(connection, changed.managers), texts(connection, changed.names),
                texts(connection, changed.emails), organisationId);
        List<UUID> missing = plan.missing.stream().map(SnapshotPerson::id).toList();
        execute(connection, """
                update person set active = false, updated_at = cast(? as timestamptz)
                where organisation_id = cast(? as uuid) and id = any(cast(? as uuid[]))
                """, missing.size(), now, organisationId, uuids(connection, missing));
    }

    /** The columns of people to insert or update, for {@code unnest}. */
    private static final class Columns {
        final List<UUID> ids = new ArrayList<>();
        final List<UUID> units = new ArrayList<>();
        final List<UUID> managers = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final List<String> emails = new ArrayList<>();

        void add(UUID id, UUID unit, UUID manager, ImportRow row) {
            ids.add(id);
            units.add(unit);
            managers.add(manager);
            names.add(row.name());
            emails.add(row.email());
        }

        int size() {
            return ids.size();
        }
    }

    /** Runs one statement with these parameters, unless it has no rows to work on. */
    private static void execute(Connection connection, String sql, int rows, Object... parameters)
            throws SQLException {
        if (rows == 0) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static java.sql.Array uuids(Connection connection, List<UUID> values) throws SQLException {
        return connection.createArrayOf("uuid", values.toArray());
    }

    private static java.sql.Array texts(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("varchar", values.toArray());
    }
}
