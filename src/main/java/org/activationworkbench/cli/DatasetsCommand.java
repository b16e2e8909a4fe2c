package org.activationworkbench.cli;

import java.util.concurrent.Callable;
import org.activationworkbench.data.DatasetInfo;
import org.activationworkbench.data.DatasetRegistry;
import picocli.CommandLine.Command;

@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "List every bundled dataset: name, task, inputs, classes or outputs, train/test sizes, source.")
final class DatasetsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        for (DatasetInfo d : new DatasetRegistry().list()) {
            System.out.println(String.join("\t", d.name(), d.task().label(), d.inputs() + " inputs",
                    d.outputs() + (d.task() == org.activationworkbench.data.Task.CLASSIFICATION ? " classes" : " outputs"),
                    d.trainSize() + "/" + d.testSize(), d.source()));
        }
        return 0;
    }
}
