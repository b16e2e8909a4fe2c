package org.activationworkbench.lesson;

/**
 * A place in a lesson file, for messages: the file's name as the user gave it, and a line and column counted from 1
 * (0 when unknown).
 */
public record Where(String file, int line, int column) {

    /** "lesson.yaml:12:5", "lesson.yaml:12" or "lesson.yaml". */
    public String prefix() {
        if (line <= 0) return file;
        return file + ":" + line + (column > 0 ? ":" + column : "");
    }

    /** The same line, {@code offset} characters further right (a token inside a value). */
    public Where plus(int offset) {
        return new Where(file, line, column > 0 ? column + offset : column);
    }
}
