package org.activationworkbench.ui.shell;

import javafx.scene.Scene;
import org.activationworkbench.experiment.ExperimentRecipe;
import org.activationworkbench.ui.model.WorkbenchViewModel;

/**
 * Something that drives the window once it is up, instead of a person: the screenshot and demo harness
 * (app.demo.DemoScript) plugs in here, so the window's own code does not depend on it.
 */
public interface StartupScript {

    /** The experiment to open with, given the one the window would open otherwise. */
    ExperimentRecipe recipe(ExperimentRecipe startup);

    /** Runs once the first experiment is built; the scene's user data is its {@link WorkbenchController}. */
    void run(WorkbenchViewModel vm, Scene scene);
}
