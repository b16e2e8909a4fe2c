package org.activationworkbench.experiment;

import org.activationworkbench.core.EnumText;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.BSplineActivation;
import org.activationworkbench.activation.ClosedForm;
import org.activationworkbench.activation.FormulaPatch;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.data.Standardisation;
import org.activationworkbench.nn.ActivationLayer;
import org.activationworkbench.nn.Architecture;
import org.activationworkbench.nn.BatchNormLayer;
import org.activationworkbench.nn.Conv2DLayer;
import org.activationworkbench.nn.ConvBlock;
import org.activationworkbench.nn.ImageShape;
import org.activationworkbench.nn.DenseLayer;
import org.activationworkbench.nn.Network;
import org.activationworkbench.nn.NormLayer;
import org.activationworkbench.train.TrainingSession;

/**
 * A trained network as data (model.json): every dense layer's weights and bias, every activation layer's
 * parameters, every norm layer's scale, shift and (BatchNorm) running statistics, how the hidden layers are built,
 * the input standardisation and the config that built it (which says how the hidden layers are built). Enough to rebuild the network exactly, to export it
 * (PyTorch, JSON) or to predict without the dataset.
 *
 * <p>Format 3 adds residual blocks and norm layers: the config's {@code architecture} and {@code norms} here. A plain network without norms is still written as
 * format 2, so older versions keep reading it; they refuse a format 3 file by its number rather than misread it.
 * Formats 1 and 2 read as plain networks without norms.
 *
 * @param format          model file format version
 * @param family          activation family name
 * @param dataset         the dataset's name
 * @param datasetChecksum the dataset's checksum
 * @param inputs          network inputs
 * @param outputs         network outputs (classes or regression targets)
 * @param task            "classification" or "regression"
 * @param conv            conv layers of the conv blocks, input first (empty for an MLP; missing in format 1
 *                        files, which did not keep them)
 * @param dense           dense layers, input to output
 * @param activations     hidden activation layers, in order
 * @param standardisation x' = (x − mean)/std applied to raw inputs before the network
 * @param config          the experiment's configuration
 * @param norms           norm layers in forward order (empty without a norm)
 */
public record SavedModel(int format, String family, String dataset, String datasetChecksum, int inputs, int outputs,
                         String task, List<Conv> conv, List<Dense> dense, List<ActivationParams> activations,
                         Standardisation standardisation, ExperimentConfig config, List<NormParams> norms) {

    /** The newest format this version reads and writes: 3 adds residual blocks and {@link #norms}. */
    public static final int FORMAT = 3;
    /** The format of a plain network without norms (2: conv layers are kept; 1: only the dense layers were). */
    public static final int CLASSIC_FORMAT = 2;

    /** y = x·W + b; weights row-major in × out (as {@code DenseLayer.weights()}). */
    public record Dense(int in, int out, float[] weights, float[] bias) { }

    /**
     * A 3×3 convolution (stride 1, same padding) on height × width × in images (channels last), giving out channels:
     * weights row-major (9·in) × out, row (ky·3 + kx)·in + c for the tap at (ky, kx) of input channel c.
     */
    public record Conv(int height, int width, int in, int out, float[] weights, float[] bias) { }

    /**
     * One hidden layer's activation parameters: vectors × P values, unit j's vector at j·P (neuron sharing).
     *
     * @param formulas     after activation surgery, per vector the closed form that replaced it (null: kept learned);
     *                     null (and absent from the file) when nothing was replaced
     * @param grid         {lo, hi} of a spline's knot grid, which --grid follow moves per layer; null (and absent) for
     *                     the other families and in older files (then the config's range)
     * @param outsideShare the share of the training inputs outside that grid (or the family's working range) when the
     *                     model was saved; null in older files
     */
    public record ActivationParams(int layer, int units, Sharing sharing, float[] params,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) List<ClosedForm> formulas,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) double[] grid,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) Double outsideShare) {

        public ActivationParams(int layer, int units, Sharing sharing, float[] params) {
            this(layer, units, sharing, params, null, null, null);
        }

        public ActivationParams {
            formulas = formulas == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(formulas));
        }

        /** These values with the given formulas in place (null: none). */
        public ActivationParams withFormulas(List<ClosedForm> f) {
            return new ActivationParams(layer, units, sharing, params, f, grid, outsideShare);
        }

        /**
         * The activation these values belong to: {@code configured} (the config's) with this layer's own knot grid
         * and formulas put in.
         */
        public Activation activation(Activation configured) {
            Activation learned = configured instanceof FormulaPatch p ? p.base() : configured;
            learned = LayerSnapshot.onGrid(learned, learned.parameterCount(), grid);
            return formulas == null ? learned : new FormulaPatch(learned, formulas);
        }
    }

    /**
     * One norm layer: γ and β per feature, and for a BatchNorm its running mean and (unbiased) variance, null for a
     * LayerNorm.
     */
    public record NormParams(int layer, Architecture.Norm kind, int features, float[] gamma, float[] beta,
                             float[] runningMean, float[] runningVar) { }

    public SavedModel {
        conv = conv == null ? List.of() : List.copyOf(conv);
        dense = dense == null ? null : List.copyOf(dense);
        activations = activations == null ? null : List.copyOf(activations);
        norms = norms == null ? List.of() : List.copyOf(norms);
    }

    /** Copies the current weights and activation parameters of an experiment's network. */
    public static SavedModel capture(Experiment e) {
        Network net = e.network();
        List<Conv> conv = new ArrayList<>();
        for (ConvBlock b : net.convBlocks()) {
            Conv2DLayer c = b.conv();
            ImageShape in = c.inputShape();
            conv.add(new Conv(in.height(), in.width(), in.channels(), c.outputShape().channels(),
                    c.weightParameter().value().clone(), c.biasParameter().value().clone()));
        }
        List<Dense> dense = new ArrayList<>();
        for (DenseLayer d : net.denseLayers()) {
            dense.add(new Dense(d.inputs(), d.outputs(), d.weights().data.clone(), d.biasParameter().value().clone()));
        }
        List<ActivationParams> acts = new ArrayList<>();
        List<Double> outside = e.outsideShares();   // one pass over the training data: only when saving
        for (int i = 0; i < net.activationLayers().size(); i++) {
            ActivationLayer a = net.activationLayers().get(i);
            List<ClosedForm> formulas = a.activation() instanceof FormulaPatch p ? p.formulas() : null;
            Activation learned = a.activation() instanceof FormulaPatch p ? p.base() : a.activation();
            acts.add(new ActivationParams(i, a.units(), a.sharing(), a.parameter().value().clone(), formulas,
                    LayerSnapshot.gridOf(learned), outside.get(i)));
        }
        List<NormParams> norms = new ArrayList<>();
        for (int i = 0; i < net.normLayers().size(); i++) {
            NormLayer n = net.normLayers().get(i);
            BatchNormLayer bn = n instanceof BatchNormLayer b ? b : null;
            norms.add(new NormParams(i, n.kind(), n.features(), n.gammaParameter().value().clone(),
                    n.betaParameter().value().clone(), bn == null ? null : bn.runningMean().clone(),
                    bn == null ? null : bn.runningVar().clone()));
        }
        return new SavedModel(net.architecture().classic() ? CLASSIC_FORMAT : FORMAT, e.activation().family(),
                e.dataset().name(), e.dataset().checksum(), net.inputs(), net.outputs(), e.dataset().task().label(), conv,
                dense, acts, e.dataset().standardisation(), e.config(), norms);
    }

    /** The same model with other activation layers (activation surgery). */
    public SavedModel withActivations(List<ActivationParams> a) {
        return new SavedModel(format, family, dataset, datasetChecksum, inputs, outputs, task, conv, dense, a,
                standardisation, config, norms);
    }

    /** The same model described by another config (the window saves the learning rates in force). */
    public SavedModel withConfig(ExperimentConfig c) {
        return new SavedModel(format, family, dataset, datasetChecksum, inputs, outputs, task, conv, dense, activations,
                standardisation, c, norms);
    }

    /** How the hidden layers are built, as the config says (plain without norms before format 3). */
    @JsonIgnore
    public Architecture architecture() {
        return config == null ? Architecture.PLAIN : config.architecture();
    }

    /** False for a format 1 file of a CNN: its conv weights were not saved. */
    public boolean hasConvWeights() {
        return conv.size() == (config == null ? 0 : config.conv().size());
    }

    /**
     * Restores these values into a session built from the same config: a bspline run saved after grid refinement
     * first gets its knots refined to the saved count (so its optimizer state fits too); then {@link #applyTo}, which
     * puts each layer on its saved grid.
     */
    public void restoreInto(TrainingSession session) {
        Network net = session.network();
        if (!activations.isEmpty() && !net.activationLayers().isEmpty()
                && net.activationLayers().get(0).activation() instanceof BSplineActivation b) {
            ActivationParams first = activations.get(0);
            int vectors = first.sharing() == Sharing.NEURON ? first.units() : 1;
            int saved = first.params() == null ? 0 : first.params().length / Math.max(1, vectors);
            if (saved > b.knots()) session.refineKnotsTo(saved);
        }
        applyTo(net);
    }

    /** Hidden layer l's activation as saved: the config's family with the layer's knot count, grid and formulas. */
    public Activation activation(int l) {
        Activation a = ActivationRegistry.create(config.activation());
        if (l < 0 || l >= activations.size()) return a;
        ActivationParams p = activations.get(l);
        int vectors = p.sharing() == Sharing.NEURON ? p.units() : 1;
        int perVector = p.params() == null ? 0 : p.params().length / Math.max(1, vectors);
        return p.activation(LayerSnapshot.onGrid(a, perVector, null));
    }

    /** Writes these values into a network of the same shape; refuses a network of another shape. */
    public void applyTo(Network net) {
        if (!hasConvWeights()) {
            throw new IllegalArgumentException("it was saved by an older version that did not keep the weights of "
                    + "conv layers, so training cannot continue from it; its curves and activations can still be exported");
        }
        if (!net.architecture().equals(architecture())) {
            throw new IllegalArgumentException("the saved model is " + architecture().description() + ", the network "
                    + net.architecture().description());
        }
        if (net.convBlocks().size() != conv.size() || net.denseLayers().size() != dense.size()
                || net.activationLayers().size() != activations.size() || net.normLayers().size() != norms.size()) {
            throw new IllegalArgumentException("the saved model has " + conv.size() + " conv blocks, "
                    + dense.size() + " dense, " + activations.size() + " activation and " + norms.size()
                    + " norm layers, the network " + net.convBlocks().size() + ", " + net.denseLayers().size() + ", "
                    + net.activationLayers().size() + " and " + net.normLayers().size());
        }
        for (int i = 0; i < conv.size(); i++) {
            Conv2DLayer c = net.convBlocks().get(i).conv();
            copy(conv.get(i).weights(), c.weightParameter().value(), "conv layer " + i + " weights");
            copy(conv.get(i).bias(), c.biasParameter().value(), "conv layer " + i + " bias");
        }
        for (int i = 0; i < dense.size(); i++) {
            DenseLayer d = net.denseLayers().get(i);
            Dense s = dense.get(i);
            copy(s.weights(), d.weights().data, "dense layer " + i + " weights");
            copy(s.bias(), d.biasParameter().value(), "dense layer " + i + " bias");
        }
        for (int i = 0; i < activations.size(); i++) {
            ActivationLayer layer = net.activationLayers().get(i);
            copy(activations.get(i).params(), layer.parameter().value(), "activation layer " + i + " parameters");
            layer.useActivation(activations.get(i).activation(layer.activation()));
        }
        for (int i = 0; i < norms.size(); i++) {
            NormLayer n = net.normLayers().get(i);
            NormParams s = norms.get(i);
            if (s.kind() != n.kind()) {
                throw new IllegalArgumentException("norm layer " + i + ": the saved model has a " + EnumText.label(s.kind())
                        + " norm, the network a " + EnumText.label(n.kind()) + " norm");
            }
            copy(s.gamma(), n.gammaParameter().value(), "norm layer " + i + " scale");
            copy(s.beta(), n.betaParameter().value(), "norm layer " + i + " shift");
            if (n instanceof BatchNormLayer bn) {
                copy(s.runningMean(), bn.runningMean(), "norm layer " + i + " running mean");
                copy(s.runningVar(), bn.runningVar(), "norm layer " + i + " running variance");
            }
        }
    }

    private static void copy(float[] from, float[] to, String what) {
        if (from == null || from.length != to.length) {
            throw new IllegalArgumentException(what + ": the saved model has " + (from == null ? 0 : from.length)
                    + " values, the network " + to.length);
        }
        System.arraycopy(from, 0, to, 0, to.length);
    }

    /**
     * The hidden layer widths, from the dense layers; for a residual network the stream's width once per block
     * (the dense list is then the input layer, two per block and the output layer).
     */
    public int[] hidden() {
        if (architecture().block() == Architecture.Block.RESIDUAL) {
            int[] h = new int[(dense.size() - 2) / 2];
            java.util.Arrays.fill(h, dense.get(0).out());
            return h;
        }
        int[] h = new int[dense.size() - 1];
        for (int i = 0; i < h.length; i++) h[i] = dense.get(i).out();
        return h;
    }
}
