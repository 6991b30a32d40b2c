package dk.pejling.org;

import dk.pejling.common.Problem.FieldError;
import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The errors found in a file, each at a line and a column, kept in both languages until they are reported: all of
 * them, in file order, as one validation problem whose fields read "line 7: manager e-mail".
 */
final class ImportErrors {

    /** Enough to fix a file by; a file that is wrong on every line would otherwise make a response of megabytes. */
    static final int MAX_LISTED = 1_000;

    /** Line 0 is the file as a whole; column -1 the line as a whole. */
    record ImportError(int line, int column, String field, ImportMessage message, Object[] args) {

        String text(boolean english) {
            return message.text(english, args);
        }
    }

    private final List<ImportError> errors = new ArrayList<>();
    /** Where each column is in the file, once the header has been read. */
    private final Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);

    Map<ImportColumn, Integer> columns() {
        return columns;
    }

    boolean isEmpty() { return errors.isEmpty(); }

    /** The errors in file order: by line, then by column. */
    List<ImportError> list() {
        return errors.stream()
                .sorted(Comparator.comparingInt(ImportError::line).thenComparingInt(ImportError::column)).toList();
    }

    /** An error in a cell: "line 7: manager e-mail". */
    void cell(int line, ImportColumn column, ImportMessage message, Object... args) {
        Integer index = columns.get(column);
        add(line, index == null ? column.ordinal() : index, column.key, message, args);
    }

    /** An error at a line and column; {@code what} names the column (null: the line as a whole). */
    void add(int line, int column, String what, ImportMessage message, Object... args) {
        String field = line == 0 ? "file" : what == null ? "line " + line : "line " + line + ": " + what;
        errors.add(new ImportError(line, column, field, message, args));
    }

    /** An error in the file as a whole. */
    void file(ImportMessage message, Object... args) {
        add(0, -1, "file", message, args);
    }

    /** Throws the validation problem that lists every error, if there is any. */
    void throwIfAny(boolean english) {
        if (errors.isEmpty()) {
            return;
        }
        List<ImportError> sorted = list();
        List<FieldError> list = new ArrayList<>();
        for (ImportError e : sorted.subList(0, Math.min(MAX_LISTED, sorted.size()))) {
            list.add(new FieldError(e.field(), e.text(english)));
        }
        if (sorted.size() > MAX_LISTED) {
            list.add(new FieldError("file", ImportMessage.MORE_ERRORS.text(english, sorted.size() - MAX_LISTED)));
        }
        String detail = errors.size() == 1 ? ImportMessage.NOT_IMPORTED_ONE.text(english)
                : ImportMessage.NOT_IMPORTED.text(english, errors.size());
        throw new ProblemException(ProblemType.VALIDATION, detail, list);
    }
}
