package dk.pejling.org;

import dk.pejling.org.OrgImportApi.AccountChange;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The last step of the import: a plan written to the database, in the caller's transaction. */
final class ImportWriter {

    private final UUID organisationId;
    private final ImportPlan plan;
    private final ImportKeys keys;
    private final LoginAccounts logins;

    ImportWriter(UUID organisationId, ImportPlan plan, LoginAccounts logins) {
        this.organisationId = organisationId;
        this.plan = plan;
        this.keys = plan.keys;
        this.logins = logins;
    }

    void write() {
        FileOrganisation file = plan.file;
        UUID o = organisationId;
        Instant now = Instant.now();
        Map<String, Unit> unitsByName = new HashMap<>();
        for (Unit unit : Unit.<Unit>list("organisationId", o)) {
            unitsByName.put(keys.of(unit.name), unit);
        }
        Map<String, Person> peopleByEmail = new HashMap<>();
        Map<UUID, Person> peopleById = new HashMap<>();
        for (Person person : Person.<Person>list("organisationId", o)) {
            peopleByEmail.put(keys.of(person.email), person);
            peopleById.put(person.id, person);
        }
        // New units first without parents, then every parent: the foreign key needs the parent to exist.
        for (Map.Entry<String, String> entry : file.units.entrySet()) {
            if (!unitsByName.containsKey(entry.getKey())) {
                Unit unit = new Unit();
                unit.id = UUID.randomUUID();
                unit.organisationId = o;
                unit.name = entry.getValue();
                unit.persist();
                unitsByName.put(entry.getKey(), unit);
            }
        }
        Unit.flush();
        for (String unit : file.units.keySet()) {
            String parent = file.parents.get(unit);
            UUID parentId = parent == null ? null : unitsByName.get(parent).id;
            Unit u = unitsByName.get(unit);
            if (!Objects.equals(u.parentId, parentId)) {
                u.parentId = parentId;
            }
        }
        // New people first without managers, for the same reason.
        for (ImportRow row : file.people.values()) {
            Person person = peopleByEmail.get(keys.of(row.email()));
            if (person == null) {
                person = new Person();
                person.id = UUID.randomUUID();
                person.organisationId = o;
                person.name = row.name();
                person.email = row.email();
                person.unitId = unitsByName.get(keys.of(row.unit())).id;
                person.persist();
                peopleByEmail.put(keys.of(row.email()), person);
            }
        }
        Person.flush();
        for (ImportRow row : file.people.values()) {
            Person person = peopleByEmail.get(keys.of(row.email()));
            UUID unitId = unitsByName.get(keys.of(row.unit())).id;
            UUID managerId = row.managerEmail() == null ? null : peopleByEmail.get(keys.of(row.managerEmail())).id;
            if (!person.name.equals(row.name()) || !person.email.equals(row.email()) || !person.active
                    || !Objects.equals(person.unitId, unitId) || !Objects.equals(person.managerId, managerId)) {
                person.name = row.name();
                person.email = row.email();
                person.active = true;
                person.unitId = unitId;
                person.managerId = managerId;
                person.updatedAt = now;
            }
        }
        for (Person person : peopleById.values()) {
            if (person.active && !file.people.containsKey(keys.of(person.email))) {
                person.active = false;
                person.updatedAt = now;
            }
        }
        Person.flush();
        for (AccountChange change : plan.accountChanges) {
            Person person = peopleByEmail.get(keys.of(change.email()));
            logins.setRoles(o, person.id, person.email, change.roles());
        }
    }
}
