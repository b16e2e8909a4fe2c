package org.activationworkbench.train;

import java.util.Arrays;
import org.activationworkbench.data.Split;
import org.activationworkbench.nn.Network;

/**
 * Where each activation layer's inputs fall on a split: its pre-activations over (up to {@value #MAX_ROWS} rows
 * of) the split, forwarded in chunks. Gives the share outside a range and the quantiles a grid can follow.
 */
public final class InputRanges {

    static final int MAX_ROWS = 2048;
    private static final int CHUNK = 512;

    /** Per activation layer, its sorted pre-activations. */
    private final float[][] sorted;

    private InputRanges(float[][] sorted) {
        this.sorted = sorted;
    }

    /** Forwards up to MAX_ROWS rows of the split (evenly spaced) and keeps every layer's pre-activations. */
    public static InputRanges of(Network net, Split split, int inputs) {
        int layers = net.activationLayers().size();
        int rows = Math.min(MAX_ROWS, split.rows());
        float[][] all = new float[layers][];
        int[] filled = new int[layers];
        float[] x = new float[Math.min(CHUNK, Math.max(1, rows)) * inputs];
        for (int start = 0; start < rows; start += CHUNK) {
            int n = Math.min(CHUNK, rows - start);
            for (int r = 0; r < n; r++) {
                int src = (int) ((long) (start + r) * split.rows() / rows);
                System.arraycopy(split.x(), src * inputs, x, r * inputs, inputs);
            }
            net.forward(x, n);
            for (int l = 0; l < layers; l++) {
                int count = net.preActivationCount(l);
                if (all[l] == null) all[l] = new float[(int) Math.min(Integer.MAX_VALUE - 8, (long) count / n * rows)];
                System.arraycopy(net.preActivations(l), 0, all[l], filled[l], Math.min(count, all[l].length - filled[l]));
                filled[l] += count;
            }
        }
        for (int l = 0; l < layers; l++) {
            if (all[l] == null) all[l] = new float[0];
            all[l] = Arrays.copyOf(all[l], Math.min(filled[l], all[l].length));
            Arrays.sort(all[l]);
        }
        return new InputRanges(all);
    }

    public int layers() {
        return sorted.length;
    }

    /** The q-quantile (0..1) of layer l's inputs. */
    public double quantile(int layer, double q) {
        float[] v = sorted[layer];
        if (v.length == 0) return 0;
        return v[(int) Math.min(v.length - 1, Math.max(0, Math.round(q * (v.length - 1))))];
    }

    /** The share of layer l's inputs outside [lo, hi]. */
    public double outsideShare(int layer, double lo, double hi) {
        float[] v = sorted[layer];
        if (v.length == 0) return 0;
        int below = lowerBound(v, lo);
        int above = v.length - upperBound(v, hi);
        return (below + above) / (double) v.length;
    }

    private static int lowerBound(float[] v, double x) {
        int lo = 0, hi = v.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static int upperBound(float[] v, double x) {
        int lo = 0, hi = v.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v[mid] <= x) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
