package org.activationworkbench.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only list that never holds more than {@code capacity} items, so memory stays bounded however long a
 * run goes; the very first item always stays. {@link #recentDense}: when full, every other item of the older half
 * is dropped, so recent history stays dense and old history gets sparser. {@link #evenlySpread}: when full, every
 * other item is dropped and from then on only every second item offered is kept (the stride doubles), so the
 * items stay evenly spread over the run; the newest item offered is always shown last. Not thread-safe;
 * {@link RunHistory} guards it.
 */
final class ThinningList<T> {

    private final int capacity;
    private final boolean even;
    private final List<T> items = new ArrayList<>();
    /** evenlySpread: keep one item in this many offered. */
    private long stride = 1;
    private long offered;
    /** evenlySpread: the newest item offered when the stride skipped it (shown after the kept ones). */
    private T newest;

    private ThinningList(int capacity, boolean even) {
        if (capacity < 4) throw new IllegalArgumentException("capacity must be at least 4, got " + capacity);
        this.capacity = capacity;
        this.even = even;
    }

    static <T> ThinningList<T> recentDense(int capacity) {
        return new ThinningList<>(capacity, false);
    }

    static <T> ThinningList<T> evenlySpread(int capacity) {
        return new ThinningList<>(capacity, true);
    }

    void add(T item) {
        if (even) {
            newest = null;
            if (offered++ % stride != 0) {
                newest = item;
                return;
            }
        }
        if (items.size() >= capacity) thin();
        items.add(item);
    }

    private void thin() {
        int end = even ? items.size() : items.size() / 2;
        List<T> kept = new ArrayList<>(capacity);
        for (int i = 0; i < end; i++) {
            if (i % 2 == 0) kept.add(items.get(i));   // index 0 (the start of the run) always survives
        }
        kept.addAll(items.subList(end, items.size()));
        items.clear();
        items.addAll(kept);
        if (even) stride *= 2;
    }

    int size() {
        return items.size() + (newest != null ? 1 : 0);
    }

    T get(int i) {
        return i == items.size() && newest != null ? newest : items.get(i);
    }

    List<T> copy() {
        List<T> out = new ArrayList<>(items);
        if (newest != null) out.add(newest);
        return List.copyOf(out);
    }

    void clear() {
        items.clear();
        newest = null;
        stride = 1;
        offered = 0;
    }

    /** Drops every item after the first {@code n}. */
    void truncate(int n) {
        if (n <= items.size()) newest = null;
        while (items.size() > n) items.remove(items.size() - 1);
    }
}
