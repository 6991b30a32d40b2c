package dk.pejling.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.pejling.common.Problem.FieldError;
import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import dk.pejling.org.OrgService;
import dk.pejling.rounds.Invitations;
import dk.pejling.rounds.Invitations.InvitationContext;
import dk.pejling.rounds.Invitations.Ticket;
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
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The respondent's side: the survey for a link, drafts, and the one submission. A submission uses the link's ticket
 * and puts the answers, sealed, into the ballot box — both in one statement; {@link BallotMixer} later moves
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
    private final DataSource dataSource;
    private final SubmissionPace pace;

    SurveyService(Invitations invitations, SurveyForm forms, OrgService org, Sealing sealing, ObjectMapper json,
            DataSource dataSource, SubmissionPace pace) {
        this.pace = pace;
        this.invitations = invitations;
        this.forms = forms;
        this.org = org;
        this.sealing = sealing;
        this.json = json;
        this.dataSource = dataSource;
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
            if (!invitations.saveDraft(invitation.tokenHash(),
                    sealing.sealDraft(token, json.writeValueAsBytes(draft)))) {
                throw alreadySubmitted();
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stores a submission: two statements, no entities and no transaction manager on the way. The
     * first finds the ticket (the same query for every token); the answers are checked against the cached form and
     * sealed; the second uses the ticket and puts the sealed ballot into the box in one statement, committed (and
     * flushed to disk) before the receipt is sent. If the ticket was used, or the round closed, between the two, the
     * second writes nothing and the answer says which.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void submit(String token, Answers answers) {
        try {
            Ticket ticket;
            try (Connection c = dataSource.getConnection()) {
                ticket = submittable(Invitations.ticket(c, token));
            }
            // No connection is held while the answers are checked and sealed (or while a form is read the first time).
            Form form = forms.of(ticket.organisationId(), ticket.frameworkVersionId()).orElseThrow();
            check(form, answers, true);
            byte[] sealed = sealing.seal(contents(form, answers), ticket.roundId(), ticket.evalueeId(),
                    ticket.group());
            try (Connection c = dataSource.getConnection(); PreparedStatement store = c.prepareStatement(STORE)) {
                store.setObject(1, ticket.roundId());
                store.setBytes(2, ticket.tokenHash());
                store.setObject(3, UUID.randomUUID());
                store.setBytes(4, sealed);
                if (store.executeUpdate() == 1) {
                    pace.stored();
                    return;
                }
                submittable(Invitations.ticket(c, token));
                throw alreadySubmitted();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store a submission", e);
        }
    }

    /** Uses the ticket (see {@link Invitations#USE_TICKET}) and stores the sealed ballot, in one statement. */
    private static final String STORE = "with " + Invitations.USE_TICKET + """

            insert into ballot_box (id, organisation_id, round_id, evaluee_id, rater_group, sealed)
            select ?, organisation_id, round_id, evaluee_id, rater_group, ? from used""";

    /** Unknown → 404, round over → 410, already answered → 409; the same lookup for every token. */
    private InvitationContext usable(String token) {
        return usable(invitations.byToken(token));
    }

    private static Ticket submittable(Optional<Ticket> found) {
        Ticket ticket = found.orElseThrow(() -> ProblemException.notFound("This survey link is not valid."));
        if (!ticket.open(Instant.now())) {
            throw new ProblemException(ProblemType.GONE, "The round has closed; answers are no longer accepted.");
        }
        if (ticket.used()) {
            throw alreadySubmitted();
        }
        return ticket;
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
                            : errors.size() + " fields are invalid",
                    errors);
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
