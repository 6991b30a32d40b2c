package dk.pejling.org;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a CSV file as spreadsheets write it: UTF-8 (with or without BOM), `;` or `,` as the delimiter (whichever the
 * header line uses), fields quoted with `"` where needed (`""` inside for a quote, line breaks allowed), CRLF, LF or
 * CR line ends. Each record keeps the physical line it starts on, so that errors can name it.
 */
final class CsvParser {

    /** One record: the line it starts on (1-based) and its fields, as written (not trimmed). */
    record CsvRecord(int line, List<String> fields) {

        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /**
     * The records of a file, or why it could not be read ({@code error}: "unclosed-quote" or "too-many-fields";
     * {@code errorLine} is 0 for the whole file). {@code count} is the number of records read, kept or not.
     */
    record CsvFile(char delimiter, List<CsvRecord> records, String error, int errorLine, int count) {

        CsvFile(char delimiter, List<CsvRecord> records, String error, int errorLine) {
            this(delimiter, records, error, errorLine, records.size());
        }
    }

    private static final char QUOTE = '"';

    private CsvParser() {
    }

    /** The text of a UTF-8 file without its BOM; empty when the bytes are not valid UTF-8. */
    static Optional<String> decodeUtf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Every record, blank ones included. */
    static CsvFile parse(String text) {
        return parse(text, false, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /**
     * The records of a file of any size in bounded memory and time: blank records dropped when {@code skipBlank},
     * the first {@code maxRecords} kept (the rest only counted), and a record of more than {@code maxFields} fields
     * an error. Linear in the length of the text.
     */
    static CsvFile parse(String text, boolean skipBlank, int maxRecords, int maxFields) {
        char delimiter = detectDelimiter(text);
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        // Whether the field so far is only white space, so that a quote may still open it.
        boolean fieldBlank = true;
        int count = 0;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == QUOTE) {
                    if (i + 1 < n && text.charAt(i + 1) == QUOTE) {
                        field.append(QUOTE);
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    fieldBlank = field.chars().allMatch(Character::isWhitespace);
                } else {
                    if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == QUOTE && fieldBlank) {
                // A quoted field; spaces before the opening quote are dropped.
                field.setLength(0);
                quoted = true;
                quoteLine = line;
            } else if (c == delimiter) {
                if (fields.size() + 1 >= maxFields) {
                    return new CsvFile(delimiter, List.of(), "too-many-fields", recordLine, count);
                }
                fields.add(text(field));
                field.setLength(0);
                fieldBlank = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(text(field));
                field.setLength(0);
                fieldBlank = true;
                count += keep(records, new CsvRecord(recordLine, List.copyOf(fields)), skipBlank, maxRecords, count);
                fields.clear();
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldBlank &= Character.isWhitespace(c);
            }
            i++;
        }
        if (quoted) {
            return new CsvFile(delimiter, List.of(), "unclosed-quote", quoteLine, count);
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(text(field));
            count += keep(records, new CsvRecord(recordLine, List.copyOf(fields)), skipBlank, maxRecords, count);
        }
        return new CsvFile(delimiter, records, null, 0, count);
    }

    /** Adds the record unless it is blank and skipped, or beyond the records kept; 1 if it counts, else 0. */
    private static int keep(List<CsvRecord> records, CsvRecord record, boolean skipBlank, int maxRecords, int count) {
        if (skipBlank && record.blank()) {
            return 0;
        }
        if (count < maxRecords) {
            records.add(record);
        }
        return 1;
    }

    /** The field's text; empty fields share one string, so that a line of many delimiters costs little. */
    private static String text(StringBuilder field) {
        return field.isEmpty() ? "" : field.toString();
    }

    /** The delimiter the first (header) line uses most, outside quotes; `;` on a tie, as Danish Excel writes it. */
    static char detectDelimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == QUOTE) {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (semicolons + commas > 0) {
                    break;
                }
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }
}
