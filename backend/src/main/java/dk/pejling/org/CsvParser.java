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

    /** The records of a file, or why it could not be read; {@code errorLine} is 0 for the whole file. */
    record CsvFile(char delimiter, List<CsvRecord> records, String error, int errorLine) {
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

    static CsvFile parse(String text) {
        char delimiter = detectDelimiter(text);
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
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
                } else {
                    if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == QUOTE && field.toString().isBlank()) {
                // A quoted field; spaces before the opening quote are dropped.
                field.setLength(0);
                quoted = true;
                quoteLine = line;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(new CsvRecord(recordLine, List.copyOf(fields)));
                fields.clear();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            return new CsvFile(delimiter, List.of(), "unclosed-quote", quoteLine);
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new CsvRecord(recordLine, List.copyOf(fields)));
        }
        return new CsvFile(delimiter, records, null, 0);
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
