package org.activationworkbench.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only list that never holds more than {@code capacity} items: when full, every other item of
 * the older half is dropped (the very first item stays). Recent history stays dense, old history gets
 * sparser, and memory stays bounded however long a run goes. Not thread-safe; {@link RunHistory} guards it.
 */
final class ThinningList<T> {

    private final int capacity;
    private final List<T> items = new ArrayList<>();

    ThinningList(int capacity) {
        if (capacity < 4) throw new IllegalArgumentException("capacity must be at least 4, got " + capacity);
        this.capacity = capacity;
    }

    void add(T item) {
        if (items.size() >= capacity) thin();
        items.add(item);
    }

    private void thin() {
        int half = items.size() / 2;
        List<T> kept = new ArrayList<>(capacity);
        for (int i = 0; i < half; i++) {
            if (i % 2 == 0) kept.add(items.get(i));   // index 0 (the start of the run) always survives
        }
        kept.addAll(items.subList(half, items.size()));
        items.clear();
        items.addAll(kept);
    }

    int size() {
        return items.size();
    }

    T get(int i) {
        return items.get(i);
    }

    List<T> copy() {
        return List.copyOf(items);
    }

    void clear() {
        items.clear();
    }

    /** Drops every item after the first {@code n}. */
    void truncate(int n) {
        while (items.size() > n) items.remove(items.size() - 1);
    }
}
