package org.activationworkbench.ui.model;

import java.util.Locale;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.Task;

/** One line about a loaded dataset, as the dataset picker and the Import CSV dialog show it. */
public final class DatasetSummary {

    private DatasetSummary() {
    }

    /** "classification · 4 inputs · 3 classes · 120 train / 30 test". */
    public static String of(Dataset d) {
        return String.format(Locale.ROOT, "%s · %s · %s · %,d train / %,d test", d.task().label(),
                Counts.of(d.inputs(), "input"),
                d.task() == Task.CLASSIFICATION ? Counts.of(d.outputs(), "class") : Counts.of(d.outputs(), "output"),
                d.train().rows(), d.test().rows());
    }
}
