package org.activationworkbench.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A growable list of ints kept in fixed-size chunks: appending never copies what is there (a doubling array
 * would briefly need three times its size), and a large table's column grows in steps of 256 KB.
 */
final class IntChunks {

    private static final int SHIFT = 16;
    private static final int SIZE = 1 << SHIFT;
    private static final int MASK = SIZE - 1;

    private final List<int[]> chunks = new ArrayList<>();
    private int size;

    void add(int v) {
        if ((size & MASK) == 0) chunks.add(new int[SIZE]);
        chunks.get(size >>> SHIFT)[size & MASK] = v;
        size++;
    }

    int get(int i) {
        return chunks.get(i >>> SHIFT)[i & MASK];
    }

    void set(int i, int v) {
        chunks.get(i >>> SHIFT)[i & MASK] = v;
    }

    int size() {
        return size;
    }

    /** Frees the chunks that hold only indices below {@code index} (a reader that has moved past them). */
    void dropBefore(int index) {
        for (int c = 0; c < (index >>> SHIFT); c++) chunks.set(c, null);
    }

    /** Frees the storage; the list is empty afterwards. */
    void clear() {
        chunks.clear();
        size = 0;
    }
}
