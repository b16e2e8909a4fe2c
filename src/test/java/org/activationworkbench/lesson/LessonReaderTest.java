package org.activationworkbench.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson file's problems are named by file, line and column, and say what is wrong. */
class LessonReaderTest {

    static final String HEAD = "lesson: A test\nexperiment:\n  dataset: sin\n  family: dyn\nsteps:\n";

    private static LessonException error(String text) {
        return assertThrows(LessonException.class, () -> LessonReader.read(text, "t.yaml"));
    }

    private static void assertAt(LessonException e, int line, int column, String mention) {
        assertEquals(line, e.where().line(), e.getMessage());
        assertEquals(column, e.where().column(), e.getMessage());
        assertTrue(e.getMessage().startsWith("t.yaml:" + line + ":" + column + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(mention), "should mention '" + mention + "': " + e.getMessage());
    }

    @Test
    void aGoodLessonReadsEveryKey() {
        Lesson l = LessonReader.read(HEAD + """
                  - title: First
                    text: Look.
                    question: What?
                    answer: This.
                    show: [activations, data]
                    hide: [form]
                    highlight: layer 1
                    until: next
                  - title: Second
                    text: Train.
                    speed: 2 epochs/s
                    act-lr: 0
                    restart: {hidden: 8}
                    until: test loss < 0.01 or 50 epochs
                    max-epochs: 100
                """, "t.yaml");
        assertEquals("A test", l.title());
        assertEquals(2, l.steps().size());
        LessonStep first = l.steps().get(0);
        assertEquals("What?", first.question());
        assertEquals("This.", first.answer());
        assertTrue(first.show().contains(Panel.DATA));
        assertTrue(first.hide().contains(Panel.FORM));
        assertEquals(new Highlight(Highlight.Target.LAYER, 1), first.highlight());
        assertTrue(!first.until().automatic() && !first.play());
        LessonStep second = l.steps().get(1);
        assertTrue(second.play(), "a step that ends by itself plays");
        assertEquals(0.0, second.changes().actLr());
        assertEquals(Speed.Unit.EPOCHS_PER_SECOND, second.changes().speed().unit());
        assertEquals(100, second.maxEpochs());
        assertTrue(second.changes().restarts());
    }

    @Test
    void invalidYamlNamesLineAndColumn() {
        assertAt(error(HEAD + "  - title: a\n   text: b\n"), 7, 4, "not valid YAML");
    }

    @Test
    void unknownKeyIsNamedWhereItIsWritten() {
        assertAt(error(HEAD + "  - title: a\n    txt: b\n    until: next\n"), 7, 5, "txt");
    }

    @Test
    void unknownFamilySuggestsTheNearest() {
        LessonException e = error("lesson: x\nexperiment:\n  dataset: sin\n  family: bsplin\nsteps:\n"
                + "  - title: a\n    text: b\n    until: next\n");
        assertAt(e, 4, 11, "did you mean 'bspline'");
    }

    @Test
    void stepWithoutUntilSaysHowToEnd() {
        LessonException e = error(HEAD + "  - title: a\n    text: b\n");
        assertEquals(6, e.where().line());
        assertTrue(e.getMessage().contains("until:"), e.getMessage());
    }

    @Test
    void questionNeedsAnAnswer() {
        assertAt(error(HEAD + "  - title: a\n    text: b\n    question: why?\n    until: next\n"), 8, 5, "no answer");
    }

    @Test
    void unknownPanelListsThePanels() {
        LessonException e = error(HEAD + "  - title: a\n    text: b\n    show: [activatons]\n    until: next\n");
        assertEquals(8, e.where().line());
        assertTrue(e.getMessage().contains("did you mean 'activations'"), e.getMessage());
    }

    @Test
    void badSpeedSaysWhatToWrite() {
        assertAt(error(HEAD + "  - title: a\n    text: b\n    speed: fast\n    until: next\n"), 8, 12, "epochs per second");
    }

    @Test
    void maxEpochsOnANextStepIsRefused() {
        assertAt(error(HEAD + "  - title: a\n    text: b\n    until: next\n    max-epochs: 5\n"), 9, 5, "ends on Next");
    }

    @Test
    void optionOutOfRangeUsesTheOptionsOwnMessage() {
        LessonException e = error("lesson: x\nexperiment:\n  dataset: sin\n  family: dyn\n  seed: -3\nsteps:\n"
                + "  - title: a\n    text: b\n    until: next\n");
        assertEquals(5, e.where().line());
        assertTrue(e.getMessage().contains("seed"), e.getMessage());
    }

    @Test
    void emptyFileAndMissingSteps() {
        assertAt(error(""), 1, 1, "empty");
        assertTrue(error("lesson: x\nexperiment:\n  dataset: sin\n  family: dyn\n").getMessage().contains("steps:"));
    }

    @Test
    void aFileOnDiskIsNamedByItsPath(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("broken.yaml");
        Files.writeString(f, HEAD + "  - title: a\n    text: b\n    until: 20 epoks\n");
        LessonException e = assertThrows(LessonException.class, () -> LessonReader.read(f));
        assertTrue(e.getMessage().startsWith(f + ":8:"), e.getMessage());
    }

    @Test
    void notUtf8IsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("binary.yaml");
        Files.write(f, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        LessonException e = assertThrows(LessonException.class, () -> LessonReader.read(f));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }
}
