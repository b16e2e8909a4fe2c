package org.activationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.activationworkbench.data.Dataset;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.ExperimentRecipe;
import org.activationworkbench.experiment.Preset;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `train` with only a dataset and a family, and the window's first experiment, are the same experiment. */
class SameDefaultsTest {

    private static ExperimentConfig trainConfig(String... args) {
        CommandLine cli = WorkbenchCli.commandLine();
        cli.parseArgs(args);
        TrainCommand train = cli.getSubcommands().get("train").getCommand();
        ExperimentRecipe r = train.recipe();
        return r.config(r.loadData());
    }

    @Test
    void trainAndTheWindowStartFromTheSameDefaults() {
        ExperimentRecipe window = Preset.startup().recipe();
        Dataset data = window.loadData();
        ExperimentConfig fromWindow = window.config(data);
        ExperimentConfig fromTrain = trainConfig("train", "--dataset", window.dataset(), "--family",
                (String) window.given().get("family"), "--out", "unused");
        assertEquals(fromWindow, fromTrain);
        assertEquals(ExperimentConfig.Change.NONE, fromTrain.changeFrom(fromWindow));
    }

    @Test
    void everyPresetIsATrainRunToo() {
        for (Preset p : Preset.all()) {
            ExperimentRecipe r = p.recipe();
            ExperimentConfig fromPreset = r.config(r.loadData());
            ExperimentConfig fromTrain = trainConfig("train", "--preset", p.name(), "--out", "unused");
            assertEquals(fromPreset, fromTrain, p.name());
        }
    }
}
