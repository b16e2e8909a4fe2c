package org.activationworkbench.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activationworkbench.data.DatasetException;
import org.activationworkbench.data.Remedy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WindowAdviceTest {

    @ParameterizedTest
    @EnumSource(Remedy.Kind.class)
    void everyRemedyNamesControlsNotFlags(Remedy.Kind kind) {
        DatasetException e = new DatasetException("data.csv: the problem", Remedy.about(kind, "b"));
        String window = WindowAdvice.message(e);
        assertTrue(window.startsWith("data.csv: the problem"), window);
        assertFalse(window.contains("--"), window);
        assertTrue(e.getMessage().contains("--"), "the command line names its flags: " + e.getMessage());
    }

    @Test
    void theReasonComesFirstInBothWordings() {
        DatasetException e = new DatasetException("t.csv, column 3 ('c'): the target has a single class ('x')",
                Remedy.of(Remedy.Kind.CHOOSE_TARGET).because("a classifier needs at least two"));
        assertEquals("t.csv, column 3 ('c'): the target has a single class ('x'); a classifier needs at least two,"
                + " so choose another target with --target NAME", e.getMessage());
        assertEquals("t.csv, column 3 ('c'): the target has a single class ('x'); a classifier needs at least two,"
                + " so choose another Target", WindowAdvice.message(e));
    }

    @Test
    void theBannerSpeaksTheWindowsWords() {
        DatasetException e = new DatasetException("d.csv line 2, column 1 ('a'): missing value",
                Remedy.of(Remedy.Kind.FILL_OR_DROP_MISSING));
        assertEquals("d.csv line 2, column 1 ('a'): missing value; fill it in, or tick 'Drop rows with missing values'",
                WorkbenchViewModel.userMessage(new java.util.concurrent.CompletionException(e)));
        assertEquals("plain", WorkbenchViewModel.userMessage(new DatasetException("plain")));
    }
}
