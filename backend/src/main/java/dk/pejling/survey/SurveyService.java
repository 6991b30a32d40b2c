package dk.pejling.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.pejling.common.Problem.FieldError;
import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import dk.pejling.org.OrgService;
import dk.pejling.rounds.Invitations;
import dk.pejling.rounds.Invitations.InvitationContext;
import dk.pejling.rounds.RaterGroup;
import dk.pejling.survey.SurveyApi.Answer;
import dk.pejling.survey.SurveyApi.Answers;
import dk.pejling.survey.SurveyApi.Rules;
import dk.pejling.survey.SurveyApi.StoryInput;
import dk.pejling.survey.SurveyApi.SurveyDto;
import dk.pejling.survey.SurveyApi.SurveyStatement;
import dk.pejling.survey.SurveyApi.SurveyValue;
import dk.pejling.survey.SurveyForm.Form;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The respondent's side: the survey for a link, drafts, and the one submission. A submission uses the link's ticket
 * and puts the answers, sealed, into the ballot box — both in one short transaction; {@link BallotMixer} later moves
 * them into the ballot tables in shuffled batches. Nothing stored ties the answers to the ticket, and nothing ties the
 * ticket to a person (docs/anonymity.md).
 */
@ApplicationScoped
@Transactional
public class SurveyService {

    private final Invitations invitations;
    private final SurveyForm forms;
    private final OrgService org;
    private final Sealing sealing;
    private final ObjectMapper json;
    private final EntityManager em;

    SurveyService(Invitations invitations, SurveyForm forms, OrgService org, Sealing sealing, ObjectMapper json,
            EntityManager em) {
        this.invitations = invitations;
        this.forms = forms;
        this.org = org;
        this.sealing = sealing;
        this.json = json;
        this.em = em;
    }

    public SurveyDto survey(String token) {
        InvitationContext invitation = usable(token);
        Form form = form(invitation);
        boolean self = invitation.group() == RaterGroup.SELF;
        List<SurveyValue> values = form.framework().values().stream()
                .map(v -> new SurveyValue(v.id(), v.title(), v.titleEn(), v.description(), v.descriptionEn(),
                        v.statements().stream().map(s -> new SurveyStatement(s.id(), self ? s.selfText() : s.text(),
                                self ? s.selfTextEn() : s.textEn())).toList(),
                        // The leader answering about themselves reads the leader's own wording ("Jeg …").
                        self ? null : v.respondentTitle(), self ? null : v.respondentTitleEn()))
                .toList();
        String organisation = org.organisation(invitation.organisationId()).map(OrgService.OrganisationRef::name)
                .orElse("");
        return new SurveyDto(invitation.roundName(), invitation.leaderName(), invitation.group(),
                invitation.closesAt(), organisation, new Rules(invitation.k(), invitation.kStory()), values,
                readDraft(token, invitation.draft()));
    }

    public void saveDraft(String token, Answers draft) {
        InvitationContext invitation = usable(token);
        check(form(invitation), draft, false);
        try {
            if (!invitations.saveDraft(invitation.tokenHash(), sealing.sealDraft(token, json.writeValueAsBytes(draft)))) {
                throw alreadySubmitted();
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public void submit(String token, Answers answers) {
        InvitationContext invitation = usable(invitations.byToken(token, true));
        Form form = form(invitation);
        check(form, answers, true);
        byte[] sealed = sealing.seal(contents(form, answers), invitation.roundId(), invitation.evalueeId(),
                invitation.group());
        if (!invitations.markUsed(invitation.tokenHash())) {
            throw alreadySubmitted();
        }
        em.createNativeQuery("""
                insert into ballot_box (id, organisation_id, round_id, evaluee_id, rater_group, sealed)
                values (:id, :org, :round, :evaluee, :group, :sealed)""")
                .setParameter("id", UUID.randomUUID()).setParameter("org", invitation.organisationId())
                .setParameter("round", invitation.roundId()).setParameter("evaluee", invitation.evalueeId())
                .setParameter("group", invitation.group().name()).setParameter("sealed", sealed).executeUpdate();
    }

    /** Unknown → 404, round over → 410, already answered → 409; the same lookup for every token. */
    private InvitationContext usable(String token) {
        return usable(invitations.byToken(token, false));
    }

    private static InvitationContext usable(java.util.Optional<InvitationContext> found) {
        InvitationContext invitation = found
                .orElseThrow(() -> ProblemException.notFound("This survey link is not valid."));
        if (!invitation.open(Instant.now())) {
            throw new ProblemException(ProblemType.GONE, "The round has closed; answers are no longer accepted.");
        }
        if (invitation.used()) {
            throw alreadySubmitted();
        }
        return invitation;
    }

    private static ProblemException alreadySubmitted() {
        return new ProblemException(ProblemType.ALREADY_SUBMITTED, "This survey has already been submitted.");
    }

    private Form form(InvitationContext invitation) {
        return forms.of(invitation.organisationId(), invitation.frameworkVersionId()).orElseThrow();
    }

    private static Sealing.Contents contents(Form form, Answers answers) {
        byte[] scores = new byte[form.statements().size()];
        for (Answer a : answers.answers()) {
            scores[form.byStatement().get(a.statementId()).index()] = a.score() == null ? 0 : a.score().byteValue();
        }
        List<Sealing.StoryText> stories = new ArrayList<>();
        for (StoryInput s : answers.stories() == null ? List.<StoryInput>of() : answers.stories()) {
            stories.add(new Sealing.StoryText(form.valueIndex().get(s.valueId()), s.text().strip()));
        }
        return new Sealing.Contents(scores, stories);
    }

    /** Statements and values must be the survey's own; a submission must answer each statement exactly once. */
    private static void check(Form form, Answers answers, boolean complete) {
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> answered = new HashSet<>();
        for (int i = 0; i < answers.answers().size(); i++) {
            UUID id = answers.answers().get(i).statementId();
            if (!form.byStatement().containsKey(id)) {
                errors.add(new FieldError("answers[" + i + "].statementId", "hører ikke til denne undersøgelse"));
            } else if (!answered.add(id)) {
                errors.add(new FieldError("answers[" + i + "].statementId", "er besvaret mere end én gang"));
            }
        }
        int statements = form.statements().size();
        if (complete && errors.isEmpty() && answered.size() < statements) {
            errors.add(new FieldError("answers", "alle udsagn skal besvares (" + (statements - answered.size())
                    + " mangler); vælg \"Ved ikke\", hvis du ikke kan svare"));
        }
        Set<UUID> storied = new HashSet<>();
        List<StoryInput> stories = answers.stories() == null ? List.of() : answers.stories();
        for (int i = 0; i < stories.size(); i++) {
            UUID id = stories.get(i).valueId();
            if (!form.valueIndex().containsKey(id)) {
                errors.add(new FieldError("stories[" + i + "].valueId", "hører ikke til denne undersøgelse"));
            } else if (!storied.add(id)) {
                errors.add(new FieldError("stories[" + i + "].valueId", "højst én historie pr. værdi"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION,
                    errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                            : errors.size() + " fields are invalid", errors);
        }
    }

    private Answers readDraft(String token, byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            return json.readValue(sealing.openDraft(token, sealed), Answers.class);
        } catch (IOException | Sealing.SealBroken e) {
            return null;
        }
    }
}
