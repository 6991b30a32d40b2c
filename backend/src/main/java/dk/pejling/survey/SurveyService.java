package dk.pejling.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.pejling.common.Problem.FieldError;
import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import dk.pejling.framework.FrameworkApi.FrameworkDto;
import dk.pejling.framework.FrameworkApi.StatementDto;
import dk.pejling.framework.FrameworkApi.ValueDto;
import dk.pejling.framework.FrameworkService;
import dk.pejling.org.OrgService;
import dk.pejling.rounds.Invitations;
import dk.pejling.rounds.Invitations.InvitationContext;
import dk.pejling.rounds.RaterGroup;
import dk.pejling.survey.SurveyApi.Answer;
import dk.pejling.survey.SurveyApi.Answers;
import dk.pejling.survey.SurveyApi.Rules;
import dk.pejling.survey.SurveyApi.ScaleStep;
import dk.pejling.survey.SurveyApi.StoryInput;
import dk.pejling.survey.SurveyApi.SurveyDto;
import dk.pejling.survey.SurveyApi.SurveyStatement;
import dk.pejling.survey.SurveyApi.SurveyValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The respondent's side: the survey for a token, drafts, and the one submission. A ballot is stored with no link to
 * the invitation, the person, the token or the time (A6), in the same transaction that marks the invitation used.
 */
@ApplicationScoped
@Transactional
public class SurveyService {

    static final List<ScaleStep> SCALE = List.of(new ScaleStep(1, "I meget ringe grad"),
            new ScaleStep(2, "I ringe grad"), new ScaleStep(3, "I nogen grad"), new ScaleStep(4, "I høj grad"),
            new ScaleStep(5, "I meget høj grad"));
    static final String DONT_KNOW = "Ved ikke";

    private final Invitations invitations;
    private final FrameworkService frameworks;
    private final OrgService org;
    private final ObjectMapper json;

    SurveyService(Invitations invitations, FrameworkService frameworks, OrgService org, ObjectMapper json) {
        this.invitations = invitations;
        this.frameworks = frameworks;
        this.org = org;
        this.json = json;
    }

    public SurveyDto survey(String token) {
        InvitationContext invitation = usable(token);
        FrameworkDto framework = framework(invitation);
        boolean self = invitation.group() == RaterGroup.SELF;
        List<SurveyValue> values = framework.values().stream()
                .map(v -> new SurveyValue(v.id(), v.title(), v.description(), v.statements().stream()
                        .map(s -> new SurveyStatement(s.id(), self ? s.selfText() : s.text())).toList()))
                .toList();
        String organisation = org.organisation(invitation.organisationId()).map(OrgService.OrganisationRef::name)
                .orElse("");
        return new SurveyDto(invitation.roundName(), invitation.leaderName(), invitation.group(),
                invitation.closesAt(), organisation, rules(invitation), values, SCALE, DONT_KNOW,
                readDraft(invitation.draft()));
    }

    public void saveDraft(String token, Answers draft) {
        InvitationContext invitation = usable(token);
        check(framework(invitation), draft, false);
        try {
            if (!invitations.saveDraft(invitation.invitationId(), json.writeValueAsString(draft))) {
                throw ProblemException.conflict("This survey has already been submitted.");
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public void submit(String token, Answers answers) {
        InvitationContext invitation = usable(token);
        check(framework(invitation), answers, true);
        if (!invitations.markUsed(invitation.invitationId())) {
            throw ProblemException.conflict("This survey has already been submitted.");
        }
        Ballot ballot = new Ballot();
        ballot.id = UUID.randomUUID();
        ballot.organisationId = invitation.organisationId();
        ballot.roundId = invitation.roundId();
        ballot.evalueeId = invitation.evalueeId();
        ballot.raterGroup = invitation.group();
        ballot.persist();
        Ballot.flush();
        for (Answer a : answers.answers()) {
            Ballot.getEntityManager().createNativeQuery(
                    "insert into ballot_answer (ballot_id, statement_id, score) values (?1, ?2, ?3)")
                    .setParameter(1, ballot.id).setParameter(2, a.statementId())
                    .setParameter(3, a.score() == null ? null : a.score().shortValue())
                    .executeUpdate();
        }
        for (StoryInput s : answers.stories() == null ? List.<StoryInput>of() : answers.stories()) {
            Story story = new Story();
            story.id = UUID.randomUUID();
            story.organisationId = invitation.organisationId();
            story.roundId = invitation.roundId();
            story.evalueeId = invitation.evalueeId();
            story.raterGroup = invitation.group();
            story.valueId = s.valueId();
            story.text = s.text().strip();
            story.persist();
        }
    }

    /** Unknown → 404, round over → 410, already answered → 409; the same lookup for every token. */
    private InvitationContext usable(String token) {
        InvitationContext invitation = invitations.byToken(token)
                .orElseThrow(() -> ProblemException.notFound("This survey link is not valid."));
        if (!invitation.open(Instant.now())) {
            throw new ProblemException(ProblemType.GONE, "The round has closed; answers are no longer accepted.");
        }
        if (invitation.used()) {
            throw ProblemException.conflict("This survey has already been submitted.");
        }
        return invitation;
    }

    private FrameworkDto framework(InvitationContext invitation) {
        return frameworks.version(invitation.organisationId(), invitation.frameworkVersionId()).orElseThrow();
    }

    /** Statements and values must be the survey's own; a submission must answer each statement exactly once. */
    private static void check(FrameworkDto framework, Answers answers, boolean complete) {
        Set<UUID> statements = new HashSet<>();
        Set<UUID> values = new HashSet<>();
        for (ValueDto v : framework.values()) {
            values.add(v.id());
            v.statements().stream().map(StatementDto::id).forEach(statements::add);
        }
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> answered = new HashSet<>();
        for (int i = 0; i < answers.answers().size(); i++) {
            UUID id = answers.answers().get(i).statementId();
            if (!statements.contains(id)) {
                errors.add(new FieldError("answers[" + i + "].statementId", "hører ikke til denne undersøgelse"));
            } else if (!answered.add(id)) {
                errors.add(new FieldError("answers[" + i + "].statementId", "er besvaret mere end én gang"));
            }
        }
        if (complete && errors.isEmpty() && answered.size() < statements.size()) {
            errors.add(new FieldError("answers", "alle udsagn skal besvares (" + (statements.size() - answered.size())
                    + " mangler); vælg \"Ved ikke\", hvis du ikke kan svare"));
        }
        Set<UUID> storied = new HashSet<>();
        List<StoryInput> stories = answers.stories() == null ? List.of() : answers.stories();
        for (int i = 0; i < stories.size(); i++) {
            UUID id = stories.get(i).valueId();
            if (!values.contains(id)) {
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

    private Answers readDraft(String draft) {
        if (draft == null) {
            return null;
        }
        try {
            return json.readValue(draft, Answers.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Rules rules(InvitationContext invitation) {
        List<String> text = switch (invitation.group()) {
            case EMPLOYEE -> List.of(
                    "Dine svar er anonyme. Ingen – hverken din leder, HR eller systemets administratorer – kan se, "
                            + "hvad du har svaret.",
                    invitation.leaderName() + " og andre ser kun samlede resultater for medarbejderne, og kun når "
                            + "mindst " + invitation.k() + " medarbejdere har svaret.",
                    "Historier vises kun, når mindst " + invitation.kStory() + " medarbejdere har svaret. De vises "
                            + "uden navn, i tilfældig rækkefølge og adskilt fra dine svar på udsagnene.",
                    "Skriv ikke navne eller oplysninger om helbred i dine historier.",
                    "Rapporten åbner først, når evalueringen er lukket.");
            case SELF -> List.of(
                    "Din selvevaluering vises i din egen rapport ved siden af medarbejdernes samlede svar.",
                    "Den er ikke anonym: den er din.");
            case MANAGER -> List.of(
                    "Din vurdering vises i " + invitation.leaderName() + "s rapport som chefens vurdering.",
                    "Den er ikke anonym.");
        };
        return new Rules(invitation.k(), invitation.kStory(), text);
    }
}
