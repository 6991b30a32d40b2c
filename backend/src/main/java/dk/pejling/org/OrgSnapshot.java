package dk.pejling.org;

import dk.pejling.common.Role;
import dk.pejling.org.LoginAccounts.AccountRef;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The organisation as it is before an import: its units, its people (active or not) and their logins, as plain
 * values, looked up by id and by key (see {@link ImportKeys}). Read once per import, in one query per table.
 */
final class OrgSnapshot {

    record SnapshotUnit(UUID id, UUID parentId, String name, String key) {
    }

    record SnapshotPerson(UUID id, UUID unitId, UUID managerId, String name, String email, String key,
            boolean active) {
    }

    private final Map<String, SnapshotUnit> unitsByKey = new HashMap<>();
    private final Map<UUID, SnapshotUnit> unitsById = new HashMap<>();
    private final Map<String, SnapshotPerson> peopleByKey = new HashMap<>();
    private final Map<UUID, SnapshotPerson> peopleById = new HashMap<>();
    private final Map<UUID, AccountRef> accounts;

    OrgSnapshot(List<SnapshotUnit> units, List<SnapshotPerson> people, Map<UUID, AccountRef> accounts) {
        for (SnapshotUnit unit : units) {
            unitsByKey.put(unit.key(), unit);
            unitsById.put(unit.id(), unit);
        }
        for (SnapshotPerson person : people) {
            peopleByKey.put(person.key(), person);
            peopleById.put(person.id(), person);
        }
        this.accounts = Map.copyOf(accounts);
    }

    /**
     * The organisation's units, people and logins, read fresh from the database, with keys made by the database's
     * {@code lower()} (see {@link DatabaseKeys}).
     */
    static OrgSnapshot read(UUID organisationId, LoginAccounts logins) {
        var em = Unit.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Object[]> units = em.createNativeQuery(
                "select id, parent_id, name, lower(name) from unit where organisation_id = :org", Object[].class)
                .setParameter("org", organisationId).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> people = em.createNativeQuery("""
                select id, unit_id, manager_id, name, email, lower(email), active
                from person where organisation_id = :org
                """, Object[].class).setParameter("org", organisationId).getResultList();
        return new OrgSnapshot(
                units.stream().map(r -> new SnapshotUnit((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3]))
                        .toList(),
                people.stream().map(r -> new SnapshotPerson((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3],
                        (String) r[4], (String) r[5], (Boolean) r[6])).toList(),
                logins.accounts(organisationId));
    }

    SnapshotUnit unit(String key) {
        return unitsByKey.get(key);
    }

    SnapshotUnit unit(UUID id) {
        return id == null ? null : unitsById.get(id);
    }

    boolean hasUnit(String key) {
        return unitsByKey.containsKey(key);
    }

    SnapshotPerson person(String key) {
        return peopleByKey.get(key);
    }

    SnapshotPerson person(UUID id) {
        return id == null ? null : peopleById.get(id);
    }

    Collection<SnapshotUnit> units() {
        return unitsById.values();
    }

    Collection<SnapshotPerson> people() {
        return peopleById.values();
    }

    AccountRef account(UUID personId) {
        return accounts.get(personId);
    }

    /** The roles a person can use now: those of an active login; none without one. */
    Set<Role> roles(SnapshotPerson person) {
        AccountRef account = person == null ? null : accounts.get(person.id());
        return account == null || !account.active() || account.roles().isEmpty() ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(account.roles());
    }

    /** The key of an existing unit's parent in the organisation; null for a top unit or a unit it does not have. */
    String parentKey(String unitKey) {
        SnapshotUnit unit = unitsByKey.get(unitKey);
        SnapshotUnit parent = unit == null ? null : unit(unit.parentId());
        return parent == null ? null : parent.key();
    }
}
