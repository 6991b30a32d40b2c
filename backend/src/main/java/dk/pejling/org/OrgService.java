package dk.pejling.org;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** Organisations, their unit trees and their people. Other features reach them only through this service. */
@ApplicationScoped
@Transactional
public class OrgService {

    /** What other features may know of an organisation. */
    public record OrganisationRef(UUID id, String slug, String name, boolean active) {
    }

    /** An organisation as the platform's operator sees it: no names of people, only how many are active. */
    public record OrganisationSummary(UUID id, String slug, String name, boolean active, java.time.Instant createdAt,
            long people) {
    }

    /** What other features may know of a person. */
    public record PersonRef(UUID id, UUID organisationId, UUID unitId, UUID managerId, String name, String email,
            boolean active) {
    }

    /** A unit with the number of active people placed directly in it. */
    public record UnitRef(UUID id, UUID parentId, String name, long people) {
    }

    /** The organisation's units, parents before children, siblings by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<UnitRef> units(UUID organisationId) {
        java.util.List<Object[]> rows = Unit.getEntityManager().createNativeQuery("""
                with recursive tree as (
                    select u.id, u.parent_id, u.name, 0 as depth, u.name::text as sort_path
                    from unit u where u.organisation_id = :org and u.parent_id is null
                    union all
                    select c.id, c.parent_id, c.name, t.depth + 1, t.sort_path || '/' || c.name
                    from unit c join tree t on c.parent_id = t.id
                    where c.organisation_id = :org
                )
                select t.id, t.parent_id, t.name,
                       (select count(*) from person p
                        where p.organisation_id = :org and p.unit_id = t.id and p.active) as people
                from tree t
                order by t.sort_path
                """, Object[].class).setParameter("org", organisationId).getResultList();
        return rows.stream()
                .map(r -> new UnitRef((UUID) r[0], (UUID) r[1], (String) r[2], ((Number) r[3]).longValue()))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganisationRef> organisation(UUID id) {
        return Organisation.<Organisation>findByIdOptional(id).map(OrgService::ref);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganisationRef> organisationBySlug(String slug) {
        return Organisation.bySlug(slug).map(OrgService::ref);
    }

    /** A person of the given organisation; another organisation's person is absent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PersonRef> person(UUID organisationId, UUID personId) {
        return Person.<Person>findByIdOptional(personId)
                .filter(p -> p.organisationId.equals(organisationId))
                .map(OrgService::ref);
    }

    /** Every organisation with its number of active people, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<OrganisationSummary> summaries() {
        java.util.Map<UUID, Long> people = new java.util.HashMap<>();
        for (Object[] row : Person.getEntityManager().createQuery(
                "select p.organisationId, count(p) from Person p where p.active = true group by p.organisationId",
                Object[].class).getResultList()) {
            people.put((UUID) row[0], (Long) row[1]);
        }
        return Organisation.<Organisation>list("order by lower(name)").stream()
                .map(o -> new OrganisationSummary(o.id, o.slug, o.name, o.active, o.createdAt,
                        people.getOrDefault(o.id, 0L)))
                .toList();
    }

    /** An organisation by name, whatever its case. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganisationRef> organisationByName(String name) {
        return Organisation.<Organisation>find("lower(name) = lower(?1)", name.strip()).firstResultOptional()
                .map(OrgService::ref);
    }

    /** Deactivates an organisation: its people can no longer log in; nothing is deleted. False if unknown. */
    public boolean deactivate(UUID id) {
        Organisation organisation = Organisation.findById(id);
        if (organisation == null) {
            return false;
        }
        if (organisation.active) {
            organisation.active = false;
            organisation.deactivatedAt = java.time.Instant.now();
        }
        return true;
    }

    public OrganisationRef createOrganisation(String slug, String name) {
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.slug = slug;
        organisation.name = name;
        organisation.persist();
        return ref(organisation);
    }

    public UUID createUnit(UUID organisationId, UUID parentId, String name) {
        Unit unit = new Unit();
        unit.id = UUID.randomUUID();
        unit.organisationId = organisationId;
        unit.parentId = parentId;
        unit.name = name;
        unit.persist();
        return unit.id;
    }

    public PersonRef createPerson(UUID organisationId, UUID unitId, UUID managerId, String name, String email) {
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.organisationId = organisationId;
        person.unitId = unitId;
        person.managerId = managerId;
        person.name = name;
        person.email = email;
        person.persist();
        return ref(person);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countPeople(UUID organisationId) {
        return Person.count("organisationId", organisationId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countUnits(UUID organisationId) {
        return Unit.count("organisationId", organisationId);
    }

    /** Everyone in the organisation, active or not, by name; read in a transaction of its own, so always fresh. */
    public java.util.List<PersonRef> people(UUID organisationId) {
        return Person.<Person>list("organisationId = ?1 order by name, email", organisationId).stream()
                .map(OrgService::ref).toList();
    }

    /** The people whose manager is the given person: a leader's employees. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<PersonRef> directReports(UUID organisationId, UUID managerId) {
        return Person.<Person>list("organisationId = ?1 and managerId = ?2 and active = true order by name",
                organisationId, managerId).stream().map(OrgService::ref).toList();
    }

    private static OrganisationRef ref(Organisation o) {
        return new OrganisationRef(o.id, o.slug, o.name, o.active);
    }

    private static PersonRef ref(Person p) {
        return new PersonRef(p.id, p.organisationId, p.unitId, p.managerId, p.name, p.email, p.active);
    }
}
