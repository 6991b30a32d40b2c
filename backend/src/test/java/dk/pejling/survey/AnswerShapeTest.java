package dk.pejling.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.pejling.common.InputRules;
import dk.pejling.survey.SurveyApi.Answer;
import dk.pejling.survey.SurveyApi.Answers;
import dk.pejling.survey.SurveyApi.StoryInput;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The survey's plain check of a body against the constraints the API declares: over bodies with every kind of fault
 * at and around each limit, no body it finds plainly valid has a violation, and every valid body the JSON reader lets
 * through is plainly valid (so none pays for the validator). A constraint added to the records without the plain check
 * learning it fails {@link #theDeclaredConstraintsAreTheOnesThePlainCheckKnows()}.
 */
class AnswerShapeTest {

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Property(tries = 2000)
    void plainlyValidOnlyWhenValidAndForEveryValidBodyTheReaderLetsThrough(@ForAll("bodies") Answers body) {
        boolean valid = VALIDATOR.validate(body).isEmpty();
        if (AnswerShape.plainlyValid(body)) {
            assertTrue(valid, () -> "plainly valid, but: " + VALIDATOR.validate(body));
        } else if (readable(body)) {
            // Of the bodies the JSON reader lets through, none valid pays for the validator.
            assertFalse(valid, "valid, but not plainly");
        }
    }

    /** Whether every text in the body passes the input rule the JSON reader applies to all text. */
    private static boolean readable(Answers body) {
        return body.stories() == null || body.stories().stream().allMatch(
                s -> s == null || s.text() == null || InputRules.firstForbidden(s.text()) < 0);
    }

    @Test
    void theDeclaredConstraintsAreTheOnesThePlainCheckKnows() {
        Map<String, List<String>> declared = new TreeMap<>();
        constraints(Answers.class, declared);
        constraints(Answer.class, declared);
        constraints(StoryInput.class, declared);
        assertEquals("""
                {Answer.score=[Max(5), Min(1)], Answer.statementId=[NotNull], Answers.answers=[NotNull, Size(0..150)], \
                Answers.answers<>=[NotNull, valid], Answers.stories=[Size(0..15)], Answers.stories<>=[NotNull, valid], \
                StoryInput.text=[NotBlank, Pattern([^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*), Size(0..2000)], \
                StoryInput.valueId=[NotNull]}""", declared.toString(),
                "a constraint on the survey's body changed: teach AnswerShape.plainlyValid the same rule");
    }

    private static void constraints(Class<?> type, Map<String, List<String>> into) {
        for (PropertyDescriptor property : VALIDATOR.getConstraintsForClass(type).getConstrainedProperties()) {
            String name = type.getSimpleName() + "." + property.getPropertyName();
            into.put(name, describe(property.getConstraintDescriptors(), false));
            for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                into.put(name + "<>", describe(element.getConstraintDescriptors(), element.isCascaded()));
            }
        }
    }

    private static List<String> describe(Set<ConstraintDescriptor<?>> descriptors, boolean cascaded) {
        TreeSet<String> out = new TreeSet<>();
        for (ConstraintDescriptor<?> d : descriptors) {
            Map<String, Object> a = d.getAttributes();
            String kind = d.getAnnotation().annotationType().getSimpleName();
            out.add(switch (kind) {
                case "Size" -> kind + "(" + a.get("min") + ".." + a.get("max") + ")";
                case "Min", "Max" -> kind + "(" + a.get("value") + ")";
                case "Pattern" -> kind + "(" + a.get("regexp") + ")";
                default -> kind;
            });
        }
        if (cascaded) {
            out.add("valid");
        }
        return new ArrayList<>(out);
    }

    @Provide
    Arbitrary<Answers> bodies() {
        Arbitrary<Answer> answer = Arbitraries.<Answer>frequencyOf(
                weighted(20, Arbitraries.integers().between(1, 5).injectNull(0.2)
                        .map(score -> new Answer(UUID.randomUUID(), score))),
                weighted(2, Arbitraries.of(0, 6, -1, Integer.MIN_VALUE, Integer.MAX_VALUE)
                        .map(score -> new Answer(UUID.randomUUID(), score))),
                weighted(1, Arbitraries.just(new Answer(null, 3))),
                weighted(1, Arbitraries.<Answer>just(null)));
        Arbitrary<List<Answer>> answers = Arbitraries.<List<Answer>>frequencyOf(
                weighted(10, answer.list().ofMinSize(0).ofMaxSize(45)),
                weighted(2, answer.list().ofMinSize(148).ofMaxSize(152)),
                weighted(1, Arbitraries.<List<Answer>>just(null)));
        Arbitrary<String> text = Arbitraries.<String>frequencyOf(
                weighted(10, Arbitraries.strings().withChars("abc æøå .,\n\t").ofMinLength(1).ofMaxLength(60)),
                weighted(2, Arbitraries.strings().withCharRange('\u0000', '\u0080').ofMinLength(0).ofMaxLength(8)),
                weighted(2,
                        Arbitraries.of(" ", "\t\n", "\u00a0", "\u2003", "\u2003a", "", "a\u007f", "a\u0000", "a\r\n")),
                weighted(2, Arbitraries.integers().between(1998, 2002).map(n -> "x".repeat(n))),
                weighted(1, Arbitraries.<String>just(null)));
        Arbitrary<StoryInput> story = Arbitraries.<StoryInput>frequencyOf(
                weighted(10, text.map(t -> new StoryInput(UUID.randomUUID(), t))),
                weighted(1, Arbitraries.just(new StoryInput(null, "En historie"))),
                weighted(1, Arbitraries.<StoryInput>just(null)));
        Arbitrary<List<StoryInput>> stories = Arbitraries.<List<StoryInput>>frequencyOf(
                weighted(10, story.list().ofMinSize(0).ofMaxSize(4)),
                weighted(2, story.list().ofMinSize(14).ofMaxSize(16)),
                weighted(2, Arbitraries.<List<StoryInput>>just(null)));
        return Combinators.combine(answers, stories).as(Answers::new);
    }

    private static <T> Tuple2<Integer, Arbitrary<? extends T>> weighted(int weight, Arbitrary<? extends T> a) {
        return Tuple.of(weight, a);
    }
}
