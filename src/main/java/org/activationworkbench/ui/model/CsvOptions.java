package org.activationworkbench.ui.model;

import java.util.List;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.data.Task;

/**
 * How a user's CSV file is read: the CSV part of {@link DataOptions}, as the Import CSV dialog chooses it and
 * the experiment draft carries it.
 *
 * @param target      column to predict, null = the last
 * @param task        task, null = inferred
 * @param ignore      columns left out
 * @param dropMissing skip rows with missing values instead of refusing the file
 */
public record CsvOptions(String target, Task task, List<String> ignore, boolean dropMissing) {

    public static final CsvOptions DEFAULTS = new CsvOptions(null, null, List.of(), false);

    public CsvOptions {
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
    }

    static CsvOptions of(DataOptions d) {
        return new CsvOptions(d.target(), d.task(), d.ignore(), d.dropMissing());
    }

    public DataOptions applyTo(DataOptions d) {
        return d.withTarget(target).withTask(task).withIgnore(ignore).withDropMissing(dropMissing);
    }
}
