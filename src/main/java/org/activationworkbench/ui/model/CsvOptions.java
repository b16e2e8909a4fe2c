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

    /** These options as an experiment recipe's given options (only those that differ from the defaults). */
    public java.util.Map<String, Object> given() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        if (target != null) m.put("target", target);
        if (task != null) m.put("task", task.label());
        if (!ignore.isEmpty()) m.put("ignore", ignore);
        if (dropMissing) m.put("drop-missing", true);
        return m;
    }

    public static CsvOptions of(DataOptions d) {
        return new CsvOptions(d.target(), d.task(), d.ignore(), d.dropMissing());
    }

    public DataOptions applyTo(DataOptions d) {
        return d.withTarget(target).withTask(task).withIgnore(ignore).withDropMissing(dropMissing);
    }
}
