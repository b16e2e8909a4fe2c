package org.activationworkbench.lesson;

import org.activationworkbench.experiment.ExperimentRecipe;

/**
 * What a step's changes act on: the run in the window (its view model and form) or a headless one. {@link
 * #apply} calls these in the documented order.
 */
public interface LiveControls {

    /** Starts the run over from its initial network with this experiment (a new trainer), paused. */
    void restart(ExperimentRecipe recipe);

    /** The learning rates from the next step on; activations 0 freezes them. */
    void setLearningRates(double weights, double activations);

    /** The learning rates in force (weights, activations). */
    double[] learningRates();

    /** The pace of the window; a headless run ignores it. */
    void setSpeed(Speed speed);

    /** Enlarges the panel of this hidden layer (from 1); 0 = none. A headless run ignores it. */
    void enlarge(int layer);

    /**
     * Applies a step's changes in order: the restart (with the recipe in force for the step), the rates, the speed,
     * the enlarged panel.
     */
    static void apply(Lesson lesson, int stepIndex, LiveControls to) {
        StepChanges c = lesson.steps().get(stepIndex).changes();
        if (c.restarts()) to.restart(lesson.recipeAt(stepIndex));
        if (c.changesRates()) {
            double[] now = to.learningRates();
            to.setLearningRates(c.lr() != null ? c.lr() : now[0], c.actLr() != null ? c.actLr() : now[1]);
        }
        if (c.speed() != null) to.setSpeed(c.speed());
        if (c.enlarge() != null) to.enlarge(c.enlarge());
    }
}
