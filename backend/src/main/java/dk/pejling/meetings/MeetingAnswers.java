package dk.pejling.meetings;

import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import dk.pejling.framework.FrameworkApi.ValueDto;
import dk.pejling.framework.FrameworkService;
import dk.pejling.meetings.MeetingsApi.AnswerInput;
import dk.pejling.meetings.MeetingsApi.ParticipantView;
import dk.pejling.org.OrgLookup;
import dk.pejling.org.OrgService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The participant's side of a meeting evaluation, without login: the question for a link, and one answer per
 * browser. An answer holds only its score; a story is stored apart; the browser's mark names neither the answer nor
 * a person (docs/anonymity.md, "Meeting evaluations").
 */
@ApplicationScoped
@Transactional
public class MeetingAnswers {

    /** A browser's own random key: 22–100 characters of base64url, made by the SPA and kept in the browser. */
    private static final Pattern BROWSER_KEY = Pattern.compile("[A-Za-z0-9_-]{22,100}");

    private final FrameworkService frameworks;
    private final OrgService org;
    private final OrgLookup people;
    private final EntityManager em;
    private final Clock clock = Clock.systemUTC();

    MeetingAnswers(FrameworkService frameworks, OrgService org, OrgLookup people, EntityManager em) {
        this.frameworks = frameworks;
        this.org = org;
        this.people = people;
        this.em = em;
    }

    public ParticipantView view(String token) {
        MeetingEvaluation m = usable(token, false);
        ValueDto value = frameworks.version(m.organisationId, m.frameworkVersionId).stream()
                .flatMap(v -> v.values().stream()).filter(v -> v.id().equals(m.valueId)).findFirst().orElse(null);
        String organisation = org.organisation(m.organisationId).map(OrgService.OrganisationRef::name).orElse("");
        String leader = people.names(m.organisationId, List.of(m.leaderId)).getOrDefault(m.leaderId, "");
        return new ParticipantView(m.name, m.meetingDate, leader, organisation, m.valueTitle,
                value == null ? null : value.titleEn(), value == null ? null : value.description(),
                value == null ? null : value.descriptionEn(), m.k);
    }

    public void answer(String token, String browser, AnswerInput input) {
        // Locked against closing: an answer is in, or refused, before the leader's close commits.
        MeetingEvaluation m = usable(token, true);
        if (m.byMail) {
            // A personal link answers once: the ticket is spent in the same transaction as the answer is stored.
            int spent = em.createNativeQuery("update meeting_ticket set used = true where token_hash = :h and not used")
                    .setParameter("h", MeetingLinks.hash(token.strip())).executeUpdate();
            if (spent == 0) {
                throw new ProblemException(ProblemType.ALREADY_SUBMITTED, "This link has already been used.");
            }
        } else {
            if (browser == null || !BROWSER_KEY.matcher(browser).matches()) {
                throw ProblemException.invalid("X-Meeting-Browser", "The browser's key is missing or malformed.");
            }
            int marked = em.createNativeQuery("""
                    insert into meeting_browser (meeting_id, browser) values (:id, :browser) on conflict do nothing
                    """).setParameter("id", m.id).setParameter("browser", browserMark(m.id, browser))
                    .executeUpdate();
            if (marked == 0) {
                throw new ProblemException(ProblemType.ALREADY_SUBMITTED, "This browser has already answered.");
            }
        }
        em.createNativeQuery("""
                insert into meeting_answer (id, organisation_id, meeting_id, score) values (:id, :org, :meeting, :score)
                """).setParameter("id", UUID.randomUUID()).setParameter("org", m.organisationId)
                .setParameter("meeting", m.id).setParameter("score", input.score() == null ? null
                        : input.score().shortValue())
                .executeUpdate();
        if (input.story() != null && !input.story().isBlank()) {
            em.createNativeQuery(
                    """
                            insert into meeting_story (id, organisation_id, meeting_id, text) values (:id, :org, :meeting, :text)
                            """)
                    .setParameter("id", UUID.randomUUID()).setParameter("org", m.organisationId)
                    .setParameter("meeting", m.id).setParameter("text", input.story().strip()).executeUpdate();
        }
    }

    private MeetingEvaluation usable(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw ProblemException.notFound("Unknown link.");
        }
        byte[] hash = MeetingLinks.hash(token.strip());
        // The open link of an evaluation without invitations, or an invitation's personal link.
        Optional<UUID> open = MeetingEvaluation.<MeetingEvaluation>find("linkHash = ?1 and byMail = false", hash)
                .firstResultOptional().map(e -> e.id);
        @SuppressWarnings("unchecked")
        List<UUID> invited = open.isPresent() ? List.of() : em.createNativeQuery(
                "select meeting_id from meeting_ticket where token_hash = :h", UUID.class).setParameter("h", hash)
                .getResultList();
        UUID id = open.or(() -> invited.stream().findFirst())
                .orElseThrow(() -> ProblemException.notFound("Unknown link."));
        var query = MeetingEvaluation.<MeetingEvaluation>find("id", id);
        MeetingEvaluation m = (lock ? query.withLock(LockModeType.PESSIMISTIC_READ) : query).firstResult();
        if (!m.acceptsAnswers(clock.instant())) {
            throw new ProblemException(ProblemType.GONE, "The evaluation of this meeting has closed.");
        }
        return m;
    }

    private static byte[] browserMark(UUID meetingId, String browser) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(meetingId.toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(browser.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
