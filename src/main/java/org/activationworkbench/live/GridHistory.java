package org.activationworkbench.live;

import java.util.ArrayList;
import java.util.List;
import org.activationworkbench.experiment.PredictionGrid;

/**
 * The data view's grids over the run, keyed by the step they were computed at, so the timeline can show the decision
 * regions of a past moment. Bounded like the snapshot history: when full, every other grid of the older half goes
 * (the first stays), so recent moments stay dense. Written by the training thread, read by the window.
 */
public final class GridHistory {

    /** 2-D grids are about 74 kB: 120 of them stay under 9 MB. */
    static final int CAPACITY = 120;

    private record Entry(long step, PredictionGrid grid) { }

    private final int capacity;
    private final List<Entry> entries = new ArrayList<>();

    public GridHistory() {
        this(CAPACITY);
    }

    GridHistory(int capacity) {
        if (capacity < 4) throw new IllegalArgumentException("capacity must be at least 4, got " + capacity);
        this.capacity = capacity;
    }

    /** A grid computed at {@code step}; replaces one kept for the same step. */
    synchronized void add(long step, PredictionGrid grid) {
        if (grid == null) return;
        if (!entries.isEmpty() && entries.get(entries.size() - 1).step() >= step) {
            while (!entries.isEmpty() && entries.get(entries.size() - 1).step() >= step) entries.remove(entries.size() - 1);
        }
        if (entries.size() >= capacity) thin();
        entries.add(new Entry(step, grid));
    }

    private void thin() {
        int half = entries.size() / 2;
        List<Entry> kept = new ArrayList<>(capacity);
        for (int i = 0; i < half; i += 2) kept.add(entries.get(i));
        kept.addAll(entries.subList(half, entries.size()));
        entries.clear();
        entries.addAll(kept);
    }

    /** The grid of the latest moment at or before {@code step} (the first grid for earlier steps), or null. */
    public synchronized PredictionGrid at(long step) {
        if (entries.isEmpty()) return null;
        int lo = 0, hi = entries.size() - 1;
        if (entries.get(0).step() >= step) return entries.get(0).grid();
        while (lo < hi) {   // the last entry with entry.step <= step
            int mid = (lo + hi + 1) >>> 1;
            if (entries.get(mid).step() <= step) lo = mid;
            else hi = mid - 1;
        }
        return entries.get(lo).grid();
    }

    public synchronized int size() {
        return entries.size();
    }

    synchronized void clear() {
        entries.clear();
    }

    /** Forgets the grids after {@code step} (a roll-back). */
    synchronized void truncateAfter(long step) {
        while (!entries.isEmpty() && entries.get(entries.size() - 1).step() > step) entries.remove(entries.size() - 1);
    }
}
