package dk.pejling.framework;

import dk.pejling.common.Problem.FieldError;
import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import java.util.ArrayList;
import java.util.List;

/** The limits of a framework, checked in one place for every way in (editor, template, import). */
final class FrameworkRules {

    static final int MAX_VALUES = 15;
    static final int MAX_STATEMENTS_PER_VALUE = 10;
    static final int MIN_WORDING = 5;
    static final int MAX_WORDING = 300;
    static final int MIN_TITLE = 2;
    static final int MAX_TITLE = 200;
    static final int MAX_VALUE_DESCRIPTION = 1000;
    static final int MAX_FRAMEWORK_DESCRIPTION = 2000;

    private final List<FieldError> errors = new ArrayList<>();

    /** Trims, and turns blank into null. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip().replaceAll("\\s+", " ");
        return trimmed.isEmpty() ? null : trimmed;
    }

    FrameworkRules required(String field, String value, int min, int max) {
        if (value == null) {
            errors.add(new FieldError(field, "skal udfyldes"));
        } else {
            length(field, value, min, max);
        }
        return this;
    }

    FrameworkRules optional(String field, String value, int min, int max) {
        if (value != null) {
            length(field, value, min, max);
        }
        return this;
    }

    FrameworkRules check(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    private void length(String field, String value, int min, int max) {
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            errors.add(new FieldError(field, "skal være mellem " + min + " og " + max + " tegn (er " + length + ")"));
        }
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }

    boolean ok() {
        return errors.isEmpty();
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " fields are invalid";
            throw new ProblemException(ProblemType.VALIDATION, detail, List.copyOf(errors));
        }
    }

    /** A statement's wordings, under a field prefix such as {@code values[2].statements[0].}. */
    FrameworkRules statement(String prefix, String text, String selfText, String textEn, String selfTextEn) {
        return required(prefix + "text", text, MIN_WORDING, MAX_WORDING)
                .required(prefix + "selfText", selfText, MIN_WORDING, MAX_WORDING)
                .optional(prefix + "textEn", textEn, MIN_WORDING, MAX_WORDING)
                .optional(prefix + "selfTextEn", selfTextEn, MIN_WORDING, MAX_WORDING);
    }

    FrameworkRules respondentTitles(String prefix, String respondentTitle, String respondentTitleEn) {
        return optional(prefix + "respondentTitle", respondentTitle, MIN_TITLE, MAX_TITLE)
                .optional(prefix + "respondentTitleEn", respondentTitleEn, MIN_TITLE, MAX_TITLE);
    }

    FrameworkRules value(String prefix, String title, String titleEn, String description, String descriptionEn) {
        return required(prefix + "title", title, MIN_TITLE, MAX_TITLE)
                .optional(prefix + "titleEn", titleEn, MIN_TITLE, MAX_TITLE)
                .optional(prefix + "description", description, 1, MAX_VALUE_DESCRIPTION)
                .optional(prefix + "descriptionEn", descriptionEn, 1, MAX_VALUE_DESCRIPTION);
    }
}
