package org.activationworkbench.experiment;

import java.util.List;
import java.util.Locale;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.BSplineActivation;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.nn.Architecture;

/**
 * Checks that a {@link SavedModel} read from a file describes one network: every layer's declared size is
 * positive and matches the values it holds, the layers chain from the inputs to the outputs as the config
 * says, every activation has the parameter count of its family, and every number is finite. A file that fails
 * is refused when it is read, before anything is built or exported from it.
 */
public final class ModelCheck {

    private ModelCheck() {
    }

    /**
     * @throws IllegalArgumentException saying what is wrong ("dense layer 1 declares 100000 × 100000 weights but
     *                                  holds 16")
     */
    public static void check(SavedModel m) {
        if (m.config() == null || m.dense() == null || m.activations() == null || m.standardisation() == null) {
            throw bad("its config, layers, activations or standardisation are missing");
        }
        if (m.format() < 1) throw bad("its format version is missing");
        if (m.conv().isEmpty() && !m.config().conv().isEmpty() && m.format() >= 2) {
            throw bad("its config has conv blocks but it holds no conv layers");
        }
        positive("inputs", m.inputs());
        positive("outputs", m.outputs());
        if (m.dense().isEmpty()) throw bad("it has no dense layers");
        int flat = checkConv(m);
        checkDense(m, flat);
        checkActivations(m);
        checkNorms(m);
        checkStandardisation(m);
    }

    /** The conv layers chain from the input image; returns the size of what the first dense layer receives. */
    private static int checkConv(SavedModel m) {
        int[] channels = m.config().convArray();
        if (m.conv().isEmpty()) return channels.length == 0 ? m.inputs() : pooledSize(m.inputs(), channels);
        if (m.conv().size() != channels.length) {
            throw bad("it holds " + m.conv().size() + " conv layers but its config has " + channels.length);
        }
        int h = 0, w = 0, c = 1;
        for (int i = 0; i < m.conv().size(); i++) {
            SavedModel.Conv v = m.conv().get(i);
            String name = "conv layer " + i;
            positive(name + " height", v.height());
            positive(name + " width", v.width());
            positive(name + " input channels", v.in());
            positive(name + " output channels", v.out());
            if (i == 0 && ((long) v.height() * v.width() != m.inputs() || v.in() != 1)) {
                throw bad(name + " takes " + v.height() + "×" + v.width() + "×" + v.in() + " images but the model has "
                        + m.inputs() + " inputs");
            }
            if (i > 0 && (v.height() != h || v.width() != w || v.in() != c)) {
                throw bad(name + " takes " + v.height() + "×" + v.width() + "×" + v.in() + " images but the layer before "
                        + "gives " + h + "×" + w + "×" + c);
            }
            if (v.out() != channels[i]) throw bad(name + " has " + v.out() + " channels but its config " + channels[i]);
            values(name + " weights", v.weights(), 9L * v.in() * v.out(), "9 × " + v.in() + " × " + v.out());
            values(name + " bias", v.bias(), v.out(), Integer.toString(v.out()));
            h = v.height() / 2;
            w = v.width() / 2;
            c = v.out();
            if (h < 1 || w < 1) throw bad(name + " pools its " + v.height() + "×" + v.width() + " images to nothing");
        }
        return h * w * c;
    }

    /** What the conv blocks of a format 1 file (which did not keep them) gave: square images, halved per block. */
    private static int pooledSize(int inputs, int[] channels) {
        int side = (int) Math.round(Math.sqrt(inputs));
        for (int i = 0; i < channels.length; i++) side /= 2;
        return side * side * channels[channels.length - 1];
    }

    /**
     * The dense layers chain as the architecture says: plain, one per hidden width and the output layer; residual,
     * an input layer to the stream's width w, two per block (w → inner → w) and the output layer.
     */
    private static void checkDense(SavedModel m, int firstIn) {
        int[] hidden = m.config().hiddenArray();
        int[] outs = denseOutputs(m.architecture(), hidden, m.outputs());
        if (m.dense().size() != outs.length) {
            throw bad("it holds " + m.dense().size() + " dense layers but its config has " + hidden.length
                    + (m.architecture().block() == Architecture.Block.RESIDUAL ? " residual blocks" : " hidden layers")
                    + " (so " + outs.length + ")");
        }
        int in = firstIn;
        for (int i = 0; i < m.dense().size(); i++) {
            SavedModel.Dense d = m.dense().get(i);
            String name = "dense layer " + i;
            if (d.in() < 1 || d.out() < 1) {
                throw bad(name + " declares " + d.in() + " × " + d.out() + " weights; layer sizes must be at least 1");
            }
            if (d.in() != in) throw bad(name + " takes " + d.in() + " inputs but the layer before gives " + in);
            boolean last = i == outs.length - 1;
            if (d.out() != outs[i]) {
                throw bad(name + " has " + d.out() + " outputs but " + (last ? "the model has " : "its config says ")
                        + outs[i]);
            }
            values(name + " weights", d.weights(), (long) d.in() * d.out(), d.in() + " × " + d.out());
            values(name + " bias", d.bias(), d.out(), Integer.toString(d.out()));
            in = d.out();
        }
    }

    /** Each dense layer's output size, input to output. */
    private static int[] denseOutputs(Architecture a, int[] hidden, int outputs) {
        if (a.block() != Architecture.Block.RESIDUAL) {
            int[] outs = java.util.Arrays.copyOf(hidden, hidden.length + 1);
            outs[hidden.length] = outputs;
            return outs;
        }
        int w = hidden[0];
        for (int h : hidden) {
            if (h != w) throw bad("its residual blocks have widths " + java.util.Arrays.toString(hidden) + "; they must be equal");
        }
        int inner = a.inner() > 0 ? a.inner() : w;
        int[] outs = new int[2 * hidden.length + 2];
        outs[0] = w;
        for (int b = 0; b < hidden.length; b++) {
            outs[1 + 2 * b] = inner;
            outs[2 + 2 * b] = w;
        }
        outs[outs.length - 1] = outputs;
        return outs;
    }

    /**
     * One norm layer where the architecture puts one (plain: after each hidden dense layer; residual: before each
     * block and once at the end), of its kind, with γ, β (and a BatchNorm's running statistics) per feature.
     */
    private static void checkNorms(SavedModel m) {
        Architecture a = m.architecture();
        int[] hidden = m.config().hiddenArray();
        boolean residual = a.block() == Architecture.Block.RESIDUAL;
        int want = a.norm() == Architecture.Norm.NONE ? 0 : residual ? hidden.length + 1 : hidden.length;
        if (m.norms().size() != want) {
            throw bad("it holds " + m.norms().size() + " norm layers but its architecture (" + a.description() + ") has "
                    + want);
        }
        for (int i = 0; i < want; i++) {
            SavedModel.NormParams n = m.norms().get(i);
            String name = "norm layer " + i;
            int features = residual ? hidden[0] : hidden[i];
            if (n.layer() != i || n.kind() != a.norm() || n.features() != features) {
                throw bad(name + " is recorded as layer " + n.layer() + ", a " + n.kind() + " norm of " + n.features()
                        + " features; the network's is a " + a.norm() + " norm of " + features);
            }
            String size = Integer.toString(features);
            values(name + " scale", n.gamma(), features, size);
            values(name + " shift", n.beta(), features, size);
            if (a.norm() == Architecture.Norm.BATCH) {
                values(name + " running mean", n.runningMean(), features, size);
                values(name + " running variance", n.runningVar(), features, size);
                for (int j = 0; j < features; j++) {
                    if (n.runningVar()[j] < 0) throw bad(name + " running variance: value " + j + " is negative");
                }
            }
        }
    }

    private static void checkActivations(SavedModel m) {
        Activation a = ActivationRegistry.create(m.config().activation());
        if (m.family() != null && !m.family().equals(a.family())) {
            throw bad("its family is " + m.family() + " but its config says " + a.family());
        }
        int[] channels = m.config().convArray();
        int[] hidden = m.config().hiddenArray();
        List<SavedModel.ActivationParams> acts = m.activations();
        Architecture arch = m.architecture();
        // a residual block's activation acts on its inner layer
        int inner = arch.block() != Architecture.Block.RESIDUAL ? 0 : arch.inner() > 0 ? arch.inner() : hidden[0];
        if (acts.size() != channels.length + hidden.length) {
            throw bad("it holds " + acts.size() + " activation layers but its network has " + (channels.length + hidden.length));
        }
        boolean refines = a instanceof BSplineActivation;   // grid-refine doubles the knots during the run
        for (int i = 0; i < acts.size(); i++) {
            SavedModel.ActivationParams p = acts.get(i);
            String name = "activation layer " + i;
            int units = i < channels.length ? channels[i] : inner > 0 ? inner : hidden[i - channels.length];
            if (p.layer() != i || p.units() != units || p.sharing() == null) {
                throw bad(name + " is recorded as layer " + p.layer() + " of " + p.units() + " units ("
                        + p.sharing() + " sharing); the network's has " + units + " units");
            }
            int vectors = p.sharing() == Sharing.NEURON ? units : 1;
            long want = (long) vectors * a.parameterCount();
            int have = p.params() == null ? 0 : p.params().length;
            boolean refined = refines && have % vectors == 0 && refinedFrom(a.parameterCount(), have / vectors);
            if (have != want && !refined) {
                throw bad(name + " holds " + have + " parameters but " + a.family() + " with " + vectors + " vector(s) of "
                        + a.parameterCount() + " needs " + want);
            }
            finite(name + " parameters", p.params());
            if (p.grid() != null && (p.grid().length != 2 || !Double.isFinite(p.grid()[0]) || !Double.isFinite(p.grid()[1])
                    || p.grid()[0] >= p.grid()[1])) {
                throw bad(name + " has a knot grid that is not two finite numbers lo < hi");
            }
            if (p.formulas() != null) {
                if (p.formulas().size() != vectors) {
                    throw bad(name + " has " + p.formulas().size() + " formula entries but " + vectors + " parameter vector(s)");
                }
                if (!a.learnable()) throw bad(name + " replaces the fixed " + a.family() + " by a formula");
                if (p.formulas().stream().allMatch(java.util.Objects::isNull)) {
                    throw bad(name + " lists formulas but replaces nothing");
                }
            }
        }
    }

    /** True when grid refinement (K → 2K − 1, repeated) leads from k to refined. */
    private static boolean refinedFrom(int k, int refined) {
        for (int r = k; r <= refined && r > 1; r = 2 * r - 1) {
            if (r == refined) return true;
        }
        return false;
    }

    private static void checkStandardisation(SavedModel m) {
        double[] mean = m.standardisation().mean();
        double[] std = m.standardisation().std();
        if (mean == null || std == null || mean.length != m.inputs() || std.length != m.inputs()) {
            throw bad("its standardisation has " + (mean == null ? 0 : mean.length) + " means and "
                    + (std == null ? 0 : std.length) + " deviations for " + m.inputs() + " inputs");
        }
        for (int i = 0; i < mean.length; i++) {
            if (!Double.isFinite(mean[i]) || !(std[i] > 0) || !Double.isFinite(std[i])) {
                throw bad("its standardisation of input " + i + " is mean " + mean[i] + ", deviation " + std[i]);
            }
        }
    }

    private static void values(String what, float[] v, long want, String shape) {
        int have = v == null ? 0 : v.length;
        if (have != want) {
            throw bad(what + ": " + shape + " = " + String.format(Locale.ROOT, "%,d", want) + " values declared but "
                    + String.format(Locale.ROOT, "%,d", have) + " held");
        }
        finite(what, v);
    }

    private static void finite(String what, float[] v) {
        if (v == null) return;
        for (int i = 0; i < v.length; i++) {
            if (!Float.isFinite(v[i])) throw bad(what + ": value " + i + " is " + v[i]);
        }
    }

    private static void positive(String what, int v) {
        if (v < 1) throw bad("its " + what + " is " + v + "; it must be at least 1");
    }

    private static IllegalArgumentException bad(String what) {
        return new IllegalArgumentException(what);
    }
}
