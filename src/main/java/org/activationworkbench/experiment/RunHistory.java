package org.activationworkbench.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The bounded history of a live run: snapshots (for the timeline scrubber and the activation trails) and
 * metrics rows (for the loss curves). Both thin themselves as they grow, so an hour-long run fits in a
 * few megabytes. Written by the training thread, read by the UI: every method is synchronized and reads
 * return immutable copies or single immutable items.
 */
public final class RunHistory {

    public static final int DEFAULT_SNAPSHOTS = 400;
    public static final int DEFAULT_ROWS = 4000;

    private final ThinningList<Snapshot> snapshots;
    /** Rows with the test split measured are thinned apart from the rest, so the test curve spans the whole run. */
    private final ThinningList<MetricsRow> evaluated;
    private final ThinningList<MetricsRow> trainOnly;
    private long version;

    public RunHistory() {
        this(DEFAULT_SNAPSHOTS, DEFAULT_ROWS);
    }

    /** At most maxSnapshots snapshots and maxRows rows, a quarter of them kept for rows with test metrics. */
    public RunHistory(int maxSnapshots, int maxRows) {
        this.snapshots = ThinningList.recentDense(maxSnapshots);
        int forTests = Math.max(4, maxRows / 4);
        this.evaluated = ThinningList.evenlySpread(forTests);
        this.trainOnly = ThinningList.recentDense(Math.max(4, maxRows - forTests));
    }

    public synchronized void addSnapshot(Snapshot s) {
        snapshots.add(s);
        version++;
    }

    public synchronized void addRow(MetricsRow r) {
        (Double.isNaN(r.testLoss()) ? trainOnly : evaluated).add(r);
        version++;
    }

    public synchronized int snapshotCount() {
        return snapshots.size();
    }

    public synchronized Snapshot snapshot(int i) {
        return snapshots.get(i);
    }

    public synchronized Snapshot first() {
        return snapshots.size() == 0 ? null : snapshots.get(0);
    }

    public synchronized Snapshot last() {
        return snapshots.size() == 0 ? null : snapshots.get(snapshots.size() - 1);
    }

    /** Up to {@code n} snapshots before index {@code i} (exclusive), oldest first: the fading trail. */
    public synchronized List<Snapshot> before(int i, int n) {
        List<Snapshot> out = new ArrayList<>();
        for (int k = Math.max(0, i - n); k < i; k++) out.add(snapshots.get(k));
        return out;
    }

    /** Every snapshot kept, oldest first (a copy). */
    public synchronized List<Snapshot> snapshots() {
        return snapshots.copy();
    }

    /** Every row kept, in step order. */
    public synchronized List<MetricsRow> rows() {
        List<MetricsRow> a = evaluated.copy();
        List<MetricsRow> b = trainOnly.copy();
        List<MetricsRow> out = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            boolean fromA = j >= b.size() || (i < a.size() && a.get(i).step() <= b.get(j).step());
            out.add(fromA ? a.get(i++) : b.get(j++));
        }
        return out;
    }

    /** Changes whenever anything is added or removed, so readers can skip redrawing. */
    public synchronized long version() {
        return version;
    }

    public synchronized void clear() {
        snapshots.clear();
        evaluated.clear();
        trainOnly.clear();
        version++;
    }

    /** Forgets everything after the given step (a rollback). */
    public synchronized void truncateAfter(long step) {
        snapshots.truncate(countUpTo(snapshots, step, Snapshot::step));
        evaluated.truncate(countUpTo(evaluated, step, MetricsRow::step));
        trainOnly.truncate(countUpTo(trainOnly, step, MetricsRow::step));
        version++;
    }

    private static <T> int countUpTo(ThinningList<T> list, long step, ToLongFunction<T> stepOf) {
        int n = 0;
        while (n < list.size() && stepOf.applyAsLong(list.get(n)) <= step) n++;
        return n;
    }
}
