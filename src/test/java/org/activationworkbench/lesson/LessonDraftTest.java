package org.activationworkbench.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.ExperimentRecipe;
import org.junit.jupiter.api.Test;

/** Author mode's file: the run's experiment written out, steps that end where the author added the next one. */
class LessonDraftTest {

    private static ExperimentConfig config(String dataset, String family, String key, Object value) {
        ExperimentRecipe r = ExperimentRecipe.of(dataset, family).with(key, value).with("seed", 7L);
        Dataset d = r.loadData();
        return r.config(d);
    }

    @Test
    void aDraftReadsBackAsTheSameExperiment() {
        ExperimentConfig c = config("spiral", "bspline", "knots", 11);
        LessonDraft d = LessonDraft.of("Knots: \"eleven\"", c, new LessonDraft.StepDraft("Start", "Look: the knots.",
                Set.of(Panel.ACTIVATIONS), Set.of(Panel.FORM), "next", 0));
        d.add(new LessonDraft.StepDraft("Later", "Trained a while.", Set.of(), Set.of(), "next", 130));
        Lesson l = LessonReader.read(d.yaml(), "draft.yaml");
        assertEquals("Knots: \"eleven\"", l.title());
        assertEquals(2, l.steps().size());
        assertEquals("130 steps", l.steps().get(0).untilText(), "the first step now ends where the second was added");
        assertEquals("next", l.steps().get(1).untilText());
        assertTrue(l.steps().get(0).hide().contains(Panel.FORM));
        List<LessonValidator.StepRun> runs = new LessonValidator().validate(l);
        assertEquals(c, runs.get(0).config(), "the lesson rebuilds the run's experiment exactly:\n" + d.yaml());
    }

    @Test
    void aStepAddedWithoutTrainingKeepsNext() {
        ExperimentConfig c = config("sin", "dyn", "lr", 0.0123);
        LessonDraft d = LessonDraft.of("t", c, new LessonDraft.StepDraft("a", "b", Set.of(), Set.of(), "next", 50));
        d.add(new LessonDraft.StepDraft("c", "d", Set.of(), Set.of(), "next", 50));
        Lesson l = LessonReader.read(d.yaml(), "draft.yaml");
        assertEquals("next", l.steps().get(0).untilText());
        assertEquals(c, new LessonValidator().validate(l).get(0).config(), d.yaml());
    }
}
