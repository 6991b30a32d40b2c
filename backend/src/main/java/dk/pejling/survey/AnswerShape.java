package dk.pejling.survey;

import dk.pejling.common.InputRules;
import dk.pejling.survey.SurveyApi.Answer;
import dk.pejling.survey.SurveyApi.Answers;
import dk.pejling.survey.SurveyApi.StoryInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;

/**
 * The constraints declared on {@link Answers} (and shown in the API's schema), checked for the survey's two writes.
 * Cascading Bean Validation over every answer was an eighth of the server's work per submission
 * (docs/performance.md, "Survey submissions"), so a plain pass over the body comes first; only a body it does not
 * find plainly valid goes through the validator, which then names each field exactly as a declared {@code @Valid}
 * parameter would. {@code AnswerShapeTest} keeps the plain pass and the declared constraints in step.
 */
@ApplicationScoped
class AnswerShape {

    static final int MAX_ANSWERS = 150;
    static final int MAX_STORIES = 15;
    static final int MAX_STORY = 2000;

    private final Validator validator;

    AnswerShape(Validator validator) {
        this.validator = validator;
    }

    /** Throws the validation problem for each broken constraint; returns the body when it has none. */
    Answers require(Answers answers) {
        if (!plainlyValid(answers)) {
            Set<ConstraintViolation<Answers>> violations = validator.validate(answers);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
        }
        return answers;
    }

    /**
     * True only for a body with no broken constraint. May say false for a valid body (the validator then decides),
     * never true for an invalid one.
     */
    static boolean plainlyValid(Answers answers) {
        List<Answer> list = answers.answers();
        if (list == null || list.size() > MAX_ANSWERS) {
            return false;
        }
        for (Answer a : list) {
            if (a == null || a.statementId() == null
                    || a.score() != null && (a.score() < 1 || a.score() > 5)) {
                return false;
            }
        }
        List<StoryInput> stories = answers.stories();
        if (stories == null) {
            return true;
        }
        if (stories.size() > MAX_STORIES) {
            return false;
        }
        for (StoryInput s : stories) {
            if (s == null || s.valueId() == null || !plainText(s.text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Not blank (white space as {@link String#isBlank} sees it, as {@code @NotBlank} does), at most 2,000 characters,
     * and nothing the input rule for all text refuses ({@link InputRules#firstForbidden}: it refuses every character
     * the declared pattern does, and a few more, which the JSON reader has refused already).
     */
    private static boolean plainText(String text) {
        return text != null && text.length() <= MAX_STORY && !text.isBlank() && InputRules.firstForbidden(text) < 0;
    }
}
