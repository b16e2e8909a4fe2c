package org.activationworkbench.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One column of a CSV file as it streams in, at four bytes a cell. A cell is stored as an int: a number as the bits
 * of its float value, anything else (text, a missing value, a number too large for a float) as a NaN whose payload
 * is the id of that text in the column's dictionary. While the column has few distinct values every cell, numbers
 * included, goes through the dictionary, so the exact text and double value of a class label survive; past
 * {@link #DICTIONARY_LIMIT} distinct values numbers are stored as values and only the other texts stay in the
 * dictionary (up to {@link #TEXT_LIMIT}; more are one "many texts" entry: such a column is refused anyway).
 *
 * <p>The column also counts numbers and texts (a column is numeric when numbers are the majority) and remembers
 * the first missing value, the first text and the first too-large number, with their rows and lines, for messages.
 */
final class CsvColumn {

    static final int DICTIONARY_LIMIT = 1024;
    static final int TEXT_LIMIT = 100_000;
    private static final int NAN = 0x7FC00000;

    enum Kind { NUMBER, TEXT, MISSING, OVERFLOW }

    /** A dictionary entry: the text as written, what it is, and its value when it is a number. */
    private record Entry(String text, Kind kind, double value) { }

    /** A cell worth a message: its row (from 0 among the data rows), its file line and its text. */
    record Cell(int row, int line, String text) { }

    private final IntChunks cells = new IntChunks();
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private boolean valueMode;
    private int manyTexts = -1;
    private long numbers;
    private long texts;
    private Cell firstMissing;
    private Cell firstText;
    private Cell firstOverflow;

    /** Appends the cell {@code bytes[start, end)} (trimmed) of the next row; true when it is a missing value. */
    boolean add(byte[] bytes, int start, int end, int line) {
        int row = cells.size();
        if (valueMode && CsvCells.isNumber(bytes, start, end)) {
            double v = CsvCells.parse(bytes, start, end);
            float f = (float) v;
            if (Float.isFinite(f)) {
                numbers++;
                cells.add(Float.floatToRawIntBits(f));
                return false;
            }
        }
        String text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
        Integer id = ids.get(text);
        if (id == null) id = newEntry(text, bytes, start, end);
        Entry e = entries.get(id);
        cells.add(NAN | id);
        switch (e.kind()) {
            case NUMBER -> numbers++;
            case OVERFLOW -> {
                numbers++;
                if (firstOverflow == null) firstOverflow = new Cell(row, line, text);
            }
            case TEXT -> {
                texts++;
                if (firstText == null) firstText = new Cell(row, line, text);
            }
            case MISSING -> {
                if (firstMissing == null) firstMissing = new Cell(row, line, text);
                return true;
            }
        }
        return false;
    }

    private int newEntry(String text, byte[] bytes, int start, int end) {
        Entry e;
        if (CsvCells.isMissing(text)) {
            e = new Entry(text, Kind.MISSING, Double.NaN);
        } else if (CsvCells.isNumber(bytes, start, end)) {
            double v = CsvCells.parse(bytes, start, end);
            e = new Entry(text, Float.isFinite((float) v) ? Kind.NUMBER : Kind.OVERFLOW, v);
        } else if (valueMode && entries.size() >= TEXT_LIMIT + DICTIONARY_LIMIT) {
            if (manyTexts < 0) manyTexts = register(null, new Entry(null, Kind.TEXT, Double.NaN));
            return manyTexts;
        } else {
            e = new Entry(text, Kind.TEXT, Double.NaN);
        }
        int id = register(text, e);
        if (!valueMode && ids.size() > DICTIONARY_LIMIT) toValueMode();
        return id;
    }

    private int register(String text, Entry e) {
        int id = entries.size();
        entries.add(e);
        if (text != null) ids.put(text, id);
        return id;
    }

    /** Stores the numbers seen so far as values and forgets their texts: the column has too many to keep. */
    private void toValueMode() {
        valueMode = true;
        for (int i = 0; i < cells.size(); i++) {
            Entry e = entries.get(cells.get(i) & ~NAN);
            if (e.kind() == Kind.NUMBER) cells.set(i, Float.floatToRawIntBits((float) e.value()));
        }
        ids.values().removeIf(id -> entries.get(id).kind() == Kind.NUMBER);
    }

    int rows() {
        return cells.size();
    }

    /** A column is numeric when most of its present values are numbers. */
    boolean numeric() {
        return numbers > texts;
    }

    Cell firstMissing() {
        return firstMissing;
    }

    Cell firstText() {
        return firstText;
    }

    Cell firstOverflow() {
        return firstOverflow;
    }

    /** The float value of a number cell. */
    float value(int row) {
        int bits = cells.get(row);
        return isCode(bits) ? (float) entries.get(bits & ~NAN).value() : Float.intBitsToFloat(bits);
    }

    /** The value of a number cell as exactly as it was read (a double while the dictionary holds it). */
    double exact(int row) {
        int bits = cells.get(row);
        return isCode(bits) ? entries.get(bits & ~NAN).value() : Float.intBitsToFloat(bits);
    }

    /** The cell as text: as written, or for a number stored as a value its shortest float text. */
    String text(int row) {
        int bits = cells.get(row);
        if (!isCode(bits)) return CsvCells.text(Float.intBitsToFloat(bits));
        String t = entries.get(bits & ~NAN).text();
        return t != null ? t : "(one of more than " + TEXT_LIMIT + " texts)";
    }

    /** Frees the cells of the rows below {@code row}: they were copied into the dataset. */
    void releaseBefore(int row) {
        cells.dropBefore(row);
    }

    /** Frees the cells (after they were copied into the dataset). */
    void release() {
        cells.clear();
        ids.clear();
        entries.clear();
    }

    /** Codes are NaNs; a stored number is a finite float (its exponent bits are never all ones). */
    private static boolean isCode(int bits) {
        return (bits & 0x7F800000) == 0x7F800000;
    }
}
