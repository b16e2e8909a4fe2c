package org.activationworkbench.experiment;

import java.util.ArrayList;
import java.util.List;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.data.Standardisation;
import org.activationworkbench.nn.ActivationLayer;
import org.activationworkbench.nn.Architecture;
import org.activationworkbench.nn.BatchNormLayer;
import org.activationworkbench.nn.DenseLayer;
import org.activationworkbench.nn.Network;
import org.activationworkbench.nn.NormLayer;

/**
 * A trained network as data (model.json): every dense layer's weights and bias, every activation layer's
 * parameters, every norm layer's scale, shift and (BatchNorm) running statistics, how the hidden layers are built,
 * the input standardisation and the config that built it. Enough to rebuild the network exactly, to export it
 * (PyTorch, JSON) or to predict without the dataset.
 *
 * <p>Format 1 is the classic MLP; format 2 adds {@code architecture} and {@code norms}. A classic network is still
 * written as format 1, so older versions keep reading it; they refuse a format 2 file by its number rather than
 * misread it. A format 1 file reads as a plain network without norms.
 *
 * @param format          model file format version
 * @param family          activation family name
 * @param dataset         the dataset's name
 * @param datasetChecksum the dataset's checksum
 * @param inputs          network inputs
 * @param outputs         network outputs (classes or regression targets)
 * @param task            "classification" or "regression"
 * @param dense           dense layers, input to output
 * @param activations     hidden activation layers, in order
 * @param standardisation x' = (x − mean)/std applied to raw inputs before the network
 * @param config          the experiment's configuration
 * @param architecture    plain or residual hidden layers and their norm (null in format 1: plain, no norm)
 * @param norms           norm layers in forward order (empty without a norm)
 */
public record ModelState(int format, String family, String dataset, String datasetChecksum, int inputs, int outputs, String task, List<Dense> dense,
                         List<ActivationParams> activations, Standardisation standardisation,
                         ExperimentConfig config, Architecture architecture, List<NormParams> norms) {

    /** The newest format this version reads and writes. */
    public static final int FORMAT = 2;
    /** The format of a classic MLP (no residual blocks, no norms). */
    public static final int CLASSIC_FORMAT = 1;

    /** y = x·W + b; weights row-major in × out (as {@code DenseLayer.weights()}). */
    public record Dense(int in, int out, float[] weights, float[] bias) { }

    /** One hidden layer's activation parameters: vectors × P values, unit j's vector at j·P (neuron sharing). */
    public record ActivationParams(int layer, int units, Sharing sharing, float[] params) { }

    /**
     * One norm layer: γ and β per feature, and for a BatchNorm its running mean and (unbiased) variance, null for a
     * LayerNorm.
     */
    public record NormParams(int layer, Architecture.Norm kind, int features, float[] gamma, float[] beta,
                             float[] runningMean, float[] runningVar) { }

    public ModelState {
        dense = List.copyOf(dense);
        activations = List.copyOf(activations);
        if (architecture == null) architecture = Architecture.PLAIN;
        norms = norms == null ? List.of() : List.copyOf(norms);
    }

    /** Copies the current weights and activation parameters of an experiment's network. */
    public static ModelState capture(Experiment e) {
        Network net = e.network();
        List<Dense> dense = new ArrayList<>();
        for (DenseLayer d : net.denseLayers()) {
            dense.add(new Dense(d.inputs(), d.outputs(), d.weights().data.clone(), d.biasParameter().value().clone()));
        }
        List<ActivationParams> acts = new ArrayList<>();
        for (int i = 0; i < net.activationLayers().size(); i++) {
            ActivationLayer a = net.activationLayers().get(i);
            acts.add(new ActivationParams(i, a.units(), a.sharing(), a.parameter().value().clone()));
        }
        List<NormParams> norms = new ArrayList<>();
        for (int i = 0; i < net.normLayers().size(); i++) {
            NormLayer n = net.normLayers().get(i);
            BatchNormLayer bn = n instanceof BatchNormLayer b ? b : null;
            norms.add(new NormParams(i, n.kind(), n.features(), n.gammaParameter().value().clone(),
                    n.betaParameter().value().clone(), bn == null ? null : bn.runningMean().clone(),
                    bn == null ? null : bn.runningVar().clone()));
        }
        Architecture arch = net.architecture();
        return new ModelState(arch.classic() ? CLASSIC_FORMAT : FORMAT, e.activation().family(), e.dataset().name(),
                e.dataset().checksum(), net.inputs(), net.outputs(), e.dataset().task().label(), dense, acts,
                e.dataset().standardisation(), e.config(), arch, norms);
    }

    /** The same model with another config (the window saves the learning rates in force). */
    public ModelState withConfig(ExperimentConfig c) {
        return new ModelState(format, family, dataset, datasetChecksum, inputs, outputs, task, dense, activations,
                standardisation, c, architecture, norms);
    }

    /** Writes these values into a network of the same shape; refuses a network of another shape. */
    public void applyTo(Network net) {
        if (!net.architecture().equals(architecture)) {
            throw new IllegalArgumentException("the saved model is " + architecture.description() + ", the network "
                    + net.architecture().description());
        }
        if (net.denseLayers().size() != dense.size() || net.activationLayers().size() != activations.size()) {
            throw new IllegalArgumentException("the saved model has " + activations.size()
                    + " activation layers and " + dense.size() + " dense layers, the network "
                    + net.activationLayers().size() + " and " + net.denseLayers().size());
        }
        if (net.normLayers().size() != norms.size()) {
            throw new IllegalArgumentException("the saved model has " + norms.size() + " norm layers, the network "
                    + net.normLayers().size());
        }
        for (int i = 0; i < dense.size(); i++) {
            DenseLayer d = net.denseLayers().get(i);
            Dense s = dense.get(i);
            copy(s.weights(), d.weights().data, "dense layer " + i + " weights");
            copy(s.bias(), d.biasParameter().value(), "dense layer " + i + " bias");
        }
        for (int i = 0; i < activations.size(); i++) {
            copy(activations.get(i).params(), net.activationLayers().get(i).parameter().value(),
                    "activation layer " + i + " parameters");
        }
        for (int i = 0; i < norms.size(); i++) {
            NormLayer n = net.normLayers().get(i);
            NormParams s = norms.get(i);
            if (s.kind() != n.kind()) {
                throw new IllegalArgumentException("norm layer " + i + ": the saved model has a " + s.kind().label()
                        + " norm, the network a " + n.kind().label() + " norm");
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
        if (architecture.block() == Architecture.Block.RESIDUAL) {
            int[] h = new int[(dense.size() - 2) / 2];
            java.util.Arrays.fill(h, dense.get(0).out());
            return h;
        }
        int[] h = new int[dense.size() - 1];
        for (int i = 0; i < h.length; i++) h[i] = dense.get(i).out();
        return h;
    }
}
