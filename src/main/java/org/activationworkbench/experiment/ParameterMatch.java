package org.activationworkbench.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.nn.Architecture;
import org.activationworkbench.nn.ImageShape;
import org.activationworkbench.nn.Network;

/**
 * Fair comparisons by size: finds hidden widths that give a network a target TOTAL parameter count (weights,
 * biases and activation parameters), so that a family with many parameters per unit is not compared against a
 * much smaller ReLU network. All hidden widths are scaled by one factor (found by bisection, keeping the
 * network's shape), then single widths are nudged by one unit while that brings the count closer.
 */
public final class ParameterMatch {

    /** Counts within ±5 % of the target are a match. */
    public static final double TOLERANCE = 0.05;

    /** The widest a hidden layer may become in the search. */
    static final int MAX_WIDTH = 1 << 16;

    private ParameterMatch() {
    }

    /**
     * The shape of a network apart from its hidden widths: what its parameter count depends on. flatInputs and
     * convParameters describe the conv blocks (the dense part's input size and the blocks' own parameters; the
     * inputs and 0 for an MLP): they do not depend on the hidden widths, so they are measured once.
     */
    public record Shape(int inputs, int outputs, int[] conv, Activation activation, Sharing sharing, int flatInputs,
                        long convParameters, Architecture architecture) {

        public static Shape of(int inputs, int outputs, int[] conv, Activation activation, Sharing sharing) {
            return of(inputs, outputs, conv, activation, sharing, Architecture.PLAIN);
        }

        public static Shape of(int inputs, int outputs, int[] conv, Activation activation, Sharing sharing,
                               Architecture architecture) {
            if (conv.length == 0) return new Shape(inputs, outputs, conv, activation, sharing, inputs, 0, architecture);
            // measured on a one-unit network: its conv blocks are the ones any width gets
            Network probe = new Network(ImageShape.square(inputs), conv, new int[] {1}, outputs, activation, sharing, 0);
            int flat = probe.denseLayers().get(0).inputs();
            long all = probe.weightParameterCount() + probe.activationParameterCount();
            Shape mlp = new Shape(inputs, outputs, conv, activation, sharing, flat, 0, Architecture.PLAIN);
            return new Shape(inputs, outputs, conv, activation, sharing, flat, all - mlp.count(new int[] {1}),
                    architecture);
        }

        /** The shape of the network a config builds on this data (as {@link Experiment} builds it). */
        public static Shape of(ExperimentConfig c, Dataset data) {
            Activation a = ActivationRegistry.create(c.activation());
            return of(data.inputs(), data.outputs(), ints(c.conv()), a, c.sharingFor(a), c.architecture());
        }

        /** Total parameters (weights, biases, activation parameters) with these hidden widths. */
        public long count(int[] hidden) {
            long n = convParameters;
            int in = flatInputs;
            boolean norm = architecture.norm() != Architecture.Norm.NONE;
            if (architecture.block() == Architecture.Block.RESIDUAL) {
                int w = hidden[0];
                int inner = architecture.inner() > 0 ? architecture.inner() : w;
                n += (long) in * w + w + (norm ? 2L * w : 0);   // input layer, the final norm
                n += hidden.length * ((long) w * inner + inner + activations(inner) + (long) inner * w + w
                        + (norm ? 2L * w : 0));
                return n + (long) w * outputs + outputs;
            }
            for (int h : hidden) {
                n += (long) in * h + h + activations(h) + (norm ? 2L * h : 0);
                in = h;
            }
            return n + (long) in * outputs + outputs;
        }

        private long activations(int units) {
            return (long) activation.parameterCount() * (sharing == Sharing.NEURON ? units : 1);
        }
    }

    /**
     * Hidden widths for the shape whose total parameter count is as close to target as the search finds, starting
     * from the given widths' proportions.
     *
     * @throws IllegalArgumentException when no widths come within ±5 % (a target below the one-unit network, or
     *                                  beyond the widest allowed)
     */
    public static int[] widths(Shape shape, int[] hidden, long target) {
        if (target < 1) throw new IllegalArgumentException("the parameter target must be positive, got " + target);
        int widest = Arrays.stream(hidden).max().orElse(1);
        double lo = 0, hi = (double) MAX_WIDTH / widest;
        for (int i = 0; i < 60; i++) {   // the count rises with the factor: bisect to the last factor not above target
            double mid = 0.5 * (lo + hi);
            if (shape.count(scaled(hidden, mid)) <= target) lo = mid; else hi = mid;
        }
        int[] best = closer(shape, target, scaled(hidden, lo), scaled(hidden, hi));
        best = nudge(shape, target, best);
        long got = shape.count(best);
        if (Math.abs(got - target) > TOLERANCE * target) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "cannot match %,d parameters within ±5 %% for %s: the closest is %,d with hidden %s", target,
                    shape.activation().family(), got, text(best)));
        }
        return best;
    }

    /** Each width times factor, rounded, at least 1 and at most the search's widest. */
    static int[] scaled(int[] hidden, double factor) {
        int[] w = new int[hidden.length];
        for (int i = 0; i < w.length; i++) w[i] = (int) Math.max(1, Math.min(MAX_WIDTH, Math.round(hidden[i] * factor)));
        return w;
    }

    /** Moves single widths by ±1 while that brings the count strictly closer to the target. */
    private static int[] nudge(Shape shape, long target, int[] start) {
        int[] best = start.clone();
        long gap = Math.abs(shape.count(best) - target);
        boolean improved = true;
        while (improved && gap > 0) {
            improved = false;
            for (int i = 0; i < best.length; i++) {
                for (int step : new int[] {-1, 1}) {
                    int[] w = best.clone();
                    w[i] += step;
                    if (w[i] < 1 || w[i] > MAX_WIDTH) continue;
                    long g = Math.abs(shape.count(w) - target);
                    if (g < gap) {
                        best = w;
                        gap = g;
                        improved = true;
                    }
                }
            }
        }
        return best;
    }

    private static int[] closer(Shape shape, long target, int[] a, int[] b) {
        return Math.abs(shape.count(a) - target) <= Math.abs(shape.count(b) - target) ? a : b;
    }

    /**
     * The entries with every network's hidden widths matched to the reference: {@code params} when given, else
     * the largest network among the entries at their own widths. Each matched entry keeps its count before
     * matching ({@link CompareRunner.Entry#unmatchedParameters}).
     */
    public static List<CompareRunner.Entry> match(List<CompareRunner.Entry> entries, Dataset data, Long params) {
        long reference = params != null ? params : 0;
        if (params == null) {
            for (CompareRunner.Entry e : entries) reference = Math.max(reference, count(e.config(), data));
        }
        List<CompareRunner.Entry> out = new ArrayList<>();
        for (CompareRunner.Entry e : entries) {
            ExperimentConfig c = e.config();
            int[] w = widths(Shape.of(c, data), ints(c.hidden()), reference);
            out.add(new CompareRunner.Entry(e.group(), withHidden(c, w), count(c, data)));
        }
        return out;
    }

    /** Total parameters of the network the config builds on this data. */
    public static long count(ExperimentConfig c, Dataset data) {
        return Shape.of(c, data).count(ints(c.hidden()));
    }

    private static ExperimentConfig withHidden(ExperimentConfig c, int[] hidden) {
        return c.withHidden(Arrays.stream(hidden).boxed().toList());
    }

    private static int[] ints(List<Integer> widths) {
        return widths.stream().mapToInt(Integer::intValue).toArray();
    }

    static String text(int[] w) {
        return Arrays.toString(w).replaceAll("[\\[\\] ]", "");
    }
}
