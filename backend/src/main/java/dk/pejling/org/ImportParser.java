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
        if (text == null) {
            errors.file(ImportMessage.NOT_UTF8);
            return false;
        }
        CsvFile file = CsvParser.parse(text);
        if (file.error() != null) {
            errors.add(file.errorLine(), -1, null, ImportMessage.UNCLOSED_QUOTE);
            return false;
        }
        List<CsvRecord> records = file.records().stream().filter(r -> !r.blank()).toList();
        if (records.isEmpty()) {
            errors.file(ImportMessage.EMPTY);
            return false;
        }
        if (records.size() - 1 > MAX_ROWS) {
            errors.file(ImportMessage.TOO_MANY_ROWS, records.size() - 1, MAX_ROWS);
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

    private boolean readHeader(CsvRecord header) {
        int line = header.line();
        for (int i = 0; i < header.fields().size(); i++) {
            String text = header.fields().get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            ImportColumn column = ImportColumn.byHeader(text);
            if (column == null) {
                errors.add(line, i, "header", ImportMessage.UNKNOWN_COLUMN, text,
                        new Localized(ImportColumn.known(false), ImportColumn.known(true)));
            } else if (columns.putIfAbsent(column, i) != null) {
                errors.add(line, i, "header", ImportMessage.DUPLICATE_COLUMN, text);
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
        List<String> fields = record.fields();
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
                    errors.cell(line, ImportColumn.ROLES, ImportMessage.UNKNOWN_ROLE, word);
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
        String value = fields.get(index).strip().replaceAll("\\s+", " ");
        return value.isEmpty() ? null : value;
    }

    private static Role role(String word) {
        for (Role role : Role.values()) {
            if (role.name().equalsIgnoreCase(word)) {
                return role;
            }
        }
        return null;
    }
}
