package org.activationworkbench.lesson;

import java.util.List;
import java.util.Map;
import org.activationworkbench.experiment.ExperimentRecipe;

/**
 * A lesson: a title, a sentence on what it teaches, the experiment it starts (a dataset and options by their
 * command-line names, completed by the workbench's defaults once the data is loaded) and its steps. Read one with
 * {@link LessonReader}; check it against its data with {@link LessonValidator}; play it with {@link LessonPlayer}.
 *
 * @param title  shown in the menu and the player
 * @param about  one or two sentences, or ""
 * @param recipe the experiment
 * @param steps  at least one
 * @param source the file's name as given (for messages)
 * @param places where each key of the file's experiment is written ("experiment", "experiment.knots" …)
 */
public record Lesson(String title, String about, ExperimentRecipe recipe, List<LessonStep> steps, String source,
                     Map<String, Where> places) {

    public Lesson {
        steps = List.copyOf(steps);
        places = Map.copyOf(places);
        if (steps.isEmpty()) throw new IllegalArgumentException("a lesson has at least one step");
    }

    /** Where a key of the experiment is written, or the file's start. */
    public Where place(String key) {
        return places.getOrDefault(key, new Where(source, 1, 1));
    }

    /** The recipe in force during step {@code index} (from 0): the lesson's, with the latest restart's options. */
    public ExperimentRecipe recipeAt(int index) {
        ExperimentRecipe r = recipe;
        for (int i = 0; i <= index; i++) {
            StepChanges c = steps.get(i).changes();
            if (c.restarts()) {
                r = recipe;
                for (var e : c.restart().entrySet()) r = r.with(e.getKey(), e.getValue());
            }
        }
        return r;
    }
}
