package dk.pejling.org;

import dk.pejling.common.Role;
import dk.pejling.org.CsvParser.CsvFile;
import dk.pejling.org.CsvParser.CsvRecord;
import dk.pejling.org.ImportMessage.Localized;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first step of the import: the bytes of a file to rows and errors, without the database. Reads the header,
 * then every row, and reports what is wrong with a row by itself (unknown roles, too many fields); what is wrong
 * with rows together or against the organisation is for {@link ImportCheck}.
 */
final class ImportParser {

    /** Room for the largest employers (about 45,000 people) and their units. */
    static final int MAX_ROWS = 60_000;
    /** Fields on a line: the six columns and room for the empty ones spreadsheets add at the end. */
    static final int MAX_FIELDS = 1_000;
    /** What a spreadsheet reads as the start of a formula. */
    static final String FORMULA_STARTS = "=+-@";

    /**
     * The rows read, and the errors so far. {@code readable} is false when the file cannot be read row by row at all
     * (encoding, quotes, header, size): then the errors say why and there is nothing more to check.
     */
    record ParsedFile(List<ImportRow> rows, ImportErrors errors, boolean readable) {
    }

    private final ImportErrors errors = new ImportErrors();
    private final Map<ImportColumn, Integer> columns = errors.columns();
    private final List<ImportRow> rows = new ArrayList<>();

    private ImportParser() {
    }

    static ParsedFile parse(byte[] csv) {
        ImportParser parser = new ImportParser();
        boolean readable = parser.read(csv);
        return new ParsedFile(List.copyOf(parser.rows), parser.errors, readable);
    }

    private boolean read(byte[] csv) {
        String text = CsvParser.decodeUtf8(csv).orElse(null);
        // UTF-16 without a byte order mark is valid UTF-8 when it is all ASCII: a NUL in every other byte, so also
        // in the header line (a NUL elsewhere is a control character in a cell).
        if (text == null || firstLine(text).indexOf('\u0000') >= 0) {
            errors.file(ImportMessage.NOT_UTF8);
            return false;
        }
        // The header and one row more than the limit are kept: enough to say that there are too many.
        CsvFile file = CsvParser.parse(text, true, MAX_ROWS + 2, MAX_FIELDS);
        if ("too-many-fields".equals(file.error())) {
            errors.add(file.errorLine(), -1, null, ImportMessage.FIELD_LIMIT, MAX_FIELDS);
            return false;
        }
        if (file.error() != null) {
            errors.add(file.errorLine(), -1, null, ImportMessage.UNCLOSED_QUOTE);
            return false;
        }
        List<CsvRecord> records = file.records();
        if (records.isEmpty()) {
            errors.file(ImportMessage.EMPTY);
            return false;
        }
        if (file.count() - 1 > MAX_ROWS) {
            errors.file(ImportMessage.TOO_MANY_ROWS, file.count() - 1, MAX_ROWS);
            return false;
        }
        if (!readHeader(records.get(0))) {
            return false;
        }
        int width = records.get(0).fields().size();
        for (CsvRecord record : records.subList(1, records.size())) {
            readRow(record, width);
        }
        if (rows.isEmpty()) {
            errors.file(ImportMessage.NO_ROWS);
            return false;
        }
        return true;
    }

    /**
     * The record's fields with control characters refused: each cell that holds one (other than tab and line
     * breaks, which count as space) is an error of its own, and has the characters replaced for the checks that
     * follow, so that nothing downstream, the database least of all, ever sees them.
     */
    private List<String> withoutControlCharacters(CsvRecord record) {
        List<String> fields = record.fields();
        List<String> clean = null;
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            int at = firstControlCharacter(field);
            if (at < 0) {
                continue;
            }
            ImportColumn column = columnAt(i);
            errors.add(record.line(), i, column == null ? null : column.key, ImportMessage.CONTROL_CHARACTER,
                    code(field.charAt(at)));
            if (clean == null) {
                clean = new ArrayList<>(fields);
            }
            StringBuilder replaced = new StringBuilder(field.length());
            field.chars().forEach(c -> replaced.append(isControl(c) ? '\uFFFD' : (char) c));
            clean.set(i, replaced.toString());
        }
        return clean == null ? fields : clean;
    }

    private static String firstLine(String text) {
        int end = 0;
        while (end < text.length() && end < 1_000 && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(0, end);
    }

    private static String code(char c) {
        return String.format("U+%04X", (int) c);
    }

    private static int firstControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** C0 and C1 control characters and DEL; tab, line feed and carriage return are white space in a CSV file. */
    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }

    private ImportColumn columnAt(int index) {
        for (Map.Entry<ImportColumn, Integer> column : columns.entrySet()) {
            if (column.getValue() == index) {
                return column.getKey();
            }
        }
        return null;
    }

    private boolean readHeader(CsvRecord header) {
        int line = header.line();
        List<String> fields = header.fields();
        for (int i = 0; i < fields.size(); i++) {
            String text = fields.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            int control = firstControlCharacter(text);
            if (control >= 0) {
                errors.add(line, i, "header", ImportMessage.CONTROL_CHARACTER, code(text.charAt(control)));
                continue;
            }
            ImportColumn column = ImportColumn.byHeader(text);
            if (column == null) {
                errors.add(line, i, "header", ImportMessage.UNKNOWN_COLUMN, ImportMessage.quote(text),
                        new Localized(ImportColumn.known(false), ImportColumn.known(true)));
            } else if (columns.putIfAbsent(column, i) != null) {
                errors.add(line, i, "header", ImportMessage.DUPLICATE_COLUMN, ImportMessage.quote(text));
            }
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required && !columns.containsKey(column)) {
                errors.add(line, 99, "header", ImportMessage.MISSING_COLUMN,
                        new Localized(column.header(false), column.header(true)));
            }
        }
        return errors.isEmpty();
    }

    private void readRow(CsvRecord record, int width) {
        int line = record.line();
        List<String> fields = withoutControlCharacters(record);
        for (int i = width; i < fields.size(); i++) {
            if (!fields.get(i).isBlank()) {
                errors.add(line, i, null, ImportMessage.TOO_MANY_FIELDS, fields.size(), width);
                return;
            }
        }
        String rolesText = cell(fields, ImportColumn.ROLES);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (rolesText != null) {
            for (String word : rolesText.split("[\\s|,]+")) {
                if (word.isEmpty()) {
                    continue;
                }
                Role role = role(word);
                if (role == null) {
                    errors.cell(line, ImportColumn.ROLES, ImportMessage.UNKNOWN_ROLE, ImportMessage.quote(word));
                } else {
                    roles.add(role);
                }
            }
        }
        rows.add(new ImportRow(line, cell(fields, ImportColumn.UNIT), cell(fields, ImportColumn.PARENT_UNIT),
                cell(fields, ImportColumn.NAME), cell(fields, ImportColumn.EMAIL),
                cell(fields, ImportColumn.MANAGER_EMAIL), roles));
    }

    private String cell(List<String> fields, ImportColumn column) {
        Integer index = columns.get(column);
        if (index == null || index >= fields.size()) {
            return null;
        }
        String value = unguarded(fields.get(index).strip().replaceAll("\\s+", " "));
        return value.isEmpty() ? null : value;
    }

    /** A role by its code or its Danish word, ignoring case; null for anything else. */
    static Role role(String word) {
        for (Role role : Role.values()) {
            if (role.name().equalsIgnoreCase(word) || danish(role).equalsIgnoreCase(word)) {
                return role;
            }
        }
        return null;
    }

    /** The Danish word for a role, as HR says it: leder, chef, hr, admin. */
    static String danish(Role role) {
        return switch (role) {
            case leader -> "leder";
            case manager -> "chef";
            case hr, admin -> role.name();
        };
    }

    /**
     * A cell as a spreadsheet may have written it: an apostrophe before what would otherwise read as a formula
     * ({@code '=}, {@code '+}, {@code '-}, {@code '@}) is how a spreadsheet says "text", and how the export writes such a
     * cell, so one leading apostrophe there is dropped.
     */
    static String unguarded(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return i > 0 && i < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(i)) >= 0 ? cell.substring(1) : cell;
    }
}
