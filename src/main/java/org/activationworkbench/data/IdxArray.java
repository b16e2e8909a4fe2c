package org.activationworkbench.data;

/**
 * The contents of one IDX unsigned-byte file.
 *
 * @param name file name, for messages
 * @param dims dimensions, first = number of items
 * @param data the items, row-major, one unsigned byte per value
 */
public record IdxArray(String name, int[] dims, byte[] data) {

    public int count() {
        return dims[0];
    }

    /** Values per item: 1 for labels, rows × columns for images. */
    public int itemSize() {
        int s = 1;
        for (int i = 1; i < dims.length; i++) s *= dims[i];
        return s;
    }
}
