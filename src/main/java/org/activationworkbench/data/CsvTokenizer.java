package org.activationworkbench.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records, keeping each record's line number for messages. Handles quoted fields
 * (separators, line breaks and doubled quotes inside), CRLF line ends and blank lines, and detects the
 * separator (comma, semicolon or tab) from the header line.
 */
final class CsvTokenizer {

    /** One record and the file line it starts on (1-based). */
    record Record(int line, List<String> fields) {
    }

    private CsvTokenizer() {
    }

    /** The separator that occurs most often outside quotes in the first line; comma when none does. */
    static char detectSeparator(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r')) break;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semicolons++;
            else if (!quoted && c == '\t') tabs++;
        }
        if (tabs > commas && tabs >= semicolons) return '\t';
        if (semicolons > commas) return ';';
        return ',';
    }

    /** All non-blank records; fields are trimmed. */
    static List<Record> tokenize(String fileName, String text, char sep) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean anyQuote = false;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    // CRLF inside a quoted field becomes LF; the LF is counted on the next step
                } else {
                    if (c == '\n') line++;
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                inQuotes = true;
                anyQuote = true;
                quoteLine = line;
                field.setLength(0);
            } else if (c == sep) {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                endRecord(records, fields, field, anyQuote, recordLine);
                fields = new ArrayList<>();
                anyQuote = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (inQuotes) {
            throw new DatasetException(fileName + " line " + quoteLine + ": a quoted field is never closed; "
                    + "add the closing \" (write \"\" for a quote inside a quoted field)");
        }
        endRecord(records, fields, field, anyQuote, recordLine);
        return records;
    }

    private static void endRecord(List<Record> records, List<String> fields, StringBuilder field, boolean anyQuote,
                                  int line) {
        fields.add(field.toString().trim());
        field.setLength(0);
        boolean blank = fields.size() == 1 && fields.get(0).isEmpty() && !anyQuote;
        if (!blank) records.add(new Record(line, fields));
    }
}
