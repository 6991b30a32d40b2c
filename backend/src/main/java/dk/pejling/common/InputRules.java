package dk.pejling.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One rule for every JSON body, applied while it is read, before any resource sees it (docs/operations.md,
 * "Input"):
 * <ul>
 * <li>text holds no control characters other than tab, line feed and carriage return, and no half of a
 * surrogate pair (PostgreSQL cannot store NUL, and the rest only ever arrives by mistake or malice);</li>
 * <li>every date and instant lies between {@link #EARLIEST} and {@link #LATEST}, well inside what PostgreSQL,
 * Java and browsers can all represent;</li>
 * <li>a number with a fraction is not accepted for an integer field ({@code 1.5} is not silently {@code 1}).</li>
 * </ul>
 * A refusal is a 400 problem+json naming the field (see {@link ProblemMappers}).
 */
@Singleton
public class InputRules implements ObjectMapperCustomizer {

    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);
    public static final Instant EARLIEST = EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    public static final Instant LATEST = LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
            .minusSeconds(1);
    private static final String DATE_RANGE = "must lie between " + EARLIEST_DATE + " and " + LATEST_DATE;

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("pejling-input-rules");
        module.addDeserializer(String.class, new Text());
        module.addDeserializer(Instant.class, new Bounded<>(Instant.class, InstantDeserializer.INSTANT,
                i -> !i.isBefore(EARLIEST) && !i.isAfter(LATEST)));
        module.addDeserializer(LocalDate.class, new Bounded<>(LocalDate.class, LocalDateDeserializer.INSTANCE,
                d -> !d.isBefore(EARLIEST_DATE) && !d.isAfter(LATEST_DATE)));
        mapper.registerModule(module);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /** Last, so that these deserializers win over the ones registered by default. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** The index of the first character the text rule refuses, or -1. */
    public static int firstForbidden(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A value that breaks the rule; the mapper names the field from the exception's path. */
    public static final class RejectedInput extends JsonMappingException {

        private final String reason;

        RejectedInput(JsonParser parser, String reason) {
            super(parser, reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null) {
                int at = firstForbidden(value);
                if (at >= 0) {
                    throw new RejectedInput(p, String.format(
                            "contains a control character (U+%04X at position %d), which is not allowed in text",
                            (int) value.charAt(at), at + 1));
                }
            }
            return value;
        }
    }

    private static final class Bounded<T> extends StdScalarDeserializer<T> {

        private final JsonDeserializer<T> parse;
        private final java.util.function.Predicate<T> inRange;

        Bounded(Class<T> type, JsonDeserializer<T> parse, java.util.function.Predicate<T> inRange) {
            super(type);
            this.parse = parse;
            this.inRange = inRange;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            T value = parse.deserialize(p, ctxt);
            if (value != null && !inRange.test(value)) {
                throw new RejectedInput(p, DATE_RANGE);
            }
            return value;
        }
    }
}
