package dk.pejling.org;

import dk.pejling.org.OrgService.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read-only questions other features ask about the organisation: who leads whom, and where. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrgLookup {

    /** Active people in the given units or their sub-units who lead at least one active person. */
    public List<PersonRef> leadersIn(UUID organisationId, Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        List<Person> leaders = Person.getEntityManager()
                .createNativeQuery(
                        """
                                with recursive tree as (
                                    select id from unit where organisation_id = :org and id in (:units)
                                    union
                                    select u.id from unit u join tree t on u.parent_id = t.id where u.organisation_id = :org
                                )
                                select p.* from person p
                                where p.organisation_id = :org and p.active and p.unit_id in (select id from tree)
                                  and exists (select 1 from person e where e.organisation_id = :org and e.manager_id = p.id and e.active)
                                order by p.name
                                """,
                        Person.class)
                .setParameter("org", organisationId).setParameter("units", unitIds).getResultList();
        return leaders.stream().map(OrgLookup::ref).toList();
    }

    /** A person found by a search: enough to choose the right one among namesakes. */
    public record PersonMatch(UUID id, String name, String email, String unitName) {
    }

    /**
     * Active people of the organisation whose name or e-mail contains the query (ignoring case), by name; at most
     * {@code limit}. For HR adding someone to a respondent list.
     */
    public List<PersonMatch> search(UUID organisationId, String query, int limit) {
        String like = "%" + query.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Person.getEntityManager().createNativeQuery("""
                select p.id, p.name, p.email, u.name as unit_name from person p
                left join unit u on u.id = p.unit_id
                where p.organisation_id = :org and p.active
                  and (lower(p.name) like :q escape '\\' or lower(p.email) like :q escape '\\')
                order by p.name, p.email limit :limit
                """).setParameter("org", organisationId).setParameter("q", like).setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> new PersonMatch((UUID) r[0], (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    /** An active person of the organisation by e-mail, whatever its case. */
    public Optional<PersonRef> personByEmail(UUID organisationId, String email) {
        return Person.<Person>find("organisationId = ?1 and lower(email) = lower(?2) and active = true", organisationId,
                email).firstResultOptional().map(OrgLookup::ref);
    }

    /** The names of the organisation's people with these ids, in one query. */
    public java.util.Map<UUID, String> names(UUID organisationId, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return java.util.Map.of();
        }
        return Person.<Person>list("organisationId = ?1 and id in ?2", organisationId, personIds).stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.id, p -> p.name));
    }

    public Optional<String> unitName(UUID organisationId, UUID unitId) {
        if (unitId == null) {
            return Optional.empty();
        }
        return Unit.<Unit>findByIdOptional(unitId).filter(u -> u.organisationId.equals(organisationId))
                .map(u -> u.name);
    }

    /** Whether the unit exists in the organisation. */
    public boolean unitExists(UUID organisationId, UUID unitId) {
        return unitName(organisationId, unitId).isPresent();
    }

    private static PersonRef ref(Person p) {
        return new PersonRef(p.id, p.organisationId, p.unitId, p.managerId, p.name, p.email, p.active);
    }
}
