package org.activationworkbench.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationView;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.LayerSnapshot;
import org.activationworkbench.experiment.MetricsRow;
import org.activationworkbench.experiment.RunResult;
import org.activationworkbench.experiment.Snapshot;

/**
 * The report figures of a run, built from its snapshots: learned activations (all layers or one), loss curves,
 * a filmstrip of one activation over the run and the frames of the evolution animation. The one path from
 * snapshots to panels, used by `train`, `export` and the window alike.
 */
public final class RunPlots {

    /** Neurons drawn per layer in neuron-sharing mode; wider layers show an evenly spaced subset. */
    public static final int MAX_NEURONS_PER_LAYER = 16;
    /** Points per sampled curve in tables and heat maps. */
    public static final int CURVE_POINTS = 101;
    /** All layers, for the {@code layer} arguments. */
    public static final int ALL_LAYERS = -1;
    /** Earlier epochs drawn as a fading trail behind the final curve. */
    static final int TRAIL = 4;
    static final int VIEW_POINTS = 241;

    private RunPlots() {
    }

    /** The final activations of every hidden layer, with the init ghost, a trail and the input histogram. */
    public static ActivationPlot activationFigure(Experiment e, List<Snapshot> snapshots) {
        return activationFigure(RunInfo.of(e), snapshots, ALL_LAYERS);
    }

    /**
     * The activations at the last of {@code snapshots} (the first is the init ghost, the few before the last a
     * fading trail), for every hidden layer or only {@code layer} (0-based).
     */
    public static ActivationPlot activationFigure(RunInfo info, List<Snapshot> snapshots, int layer) {
        return activationFigure(info, snapshots, layer, null, List.of());
    }

    /** As above; {@code stamp} (e.g. "epoch 12 / 40" of an animation) replaces the epoch in the subtitle. */
    private static ActivationPlot activationFigure(RunInfo info, List<Snapshot> snapshots, int layer, String stamp,
                                                   List<ActivationPlot.Limits> limits) {
        Activation a = info.activation();
        Snapshot first = snapshots.get(0);
        Snapshot last = snapshots.get(snapshots.size() - 1);
        int end = snapshots.size() - 1;   // a run that diverged in its first epoch has only the init snapshot
        // an animation's frames are their own trail: drawing one in each frame would only cost time
        List<Snapshot> trail = stamp != null ? List.of() : snapshots.subList(Math.min(end, Math.max(1, end - TRAIL)), end);
        checkLayer(layer, last);
        List<LayerActivations> layers = new ArrayList<>();
        boolean subset = false;
        for (int li = 0; li < last.layers().size(); li++) {
            if (layer != ALL_LAYERS && li != layer) continue;
            ActivationPlot.Limits fixed = layers.size() < limits.size() ? limits.get(layers.size()) : null;
            LayerActivations l = layerActivations(a, first, trail, last, li, MAX_NEURONS_PER_LAYER,
                    fixed == null ? null : new double[] {fixed.xLo(), fixed.xHi()});
            subset |= l.panels().size() < last.layers().get(li).vectors();
            layers.add(l);
        }
        String subtitle = info.datasetName() + " · hidden " + info.hiddenText() + " · " + info.sharing().label()
                + " sharing · " + (stamp != null ? stamp : "epoch " + epochText(last.epoch()))
                + (subset ? " · evenly spaced neurons" : "");
        return new ActivationPlot("Learned activations — " + a.displayName(), subtitle, layers).withLimits(limits);
    }

    /** Train and test loss (and accuracy when there is any) against epoch. */
    public static LossPlot lossFigure(RunInfo info, List<MetricsRow> metrics) {
        return new LossPlot("Training curves — " + info.activation().displayName(),
                info.datasetName() + " · hidden " + info.hiddenText() + " · seed " + info.seed(), metrics);
    }

    /**
     * One activation (layer, and unit for neuron sharing) at {@code frames} evenly spaced snapshots, side by
     * side on shared axes, each panel titled with its epoch.
     */
    public static ActivationPlot filmstrip(RunInfo info, List<Snapshot> snapshots, int layer, int unit, int frames) {
        Activation a = info.activation();
        checkLayer(layer, snapshots.get(0));
        LayerSnapshot l0 = snapshots.get(0).layers().get(layer);
        int v = l0.vectors() == 1 ? 0 : Math.min(Math.max(unit, 0), l0.vectors() - 1);
        List<ActivationPanel> panels = new ArrayList<>();
        List<Snapshot> picked = pick(snapshots, frames);
        double[] range = InputRange.of(a.workingRange(), histograms(picked, layer));   // one x-axis for the strip
        for (Snapshot s : picked) {
            LayerSnapshot st = s.layers().get(layer);
            panels.add(new ActivationPanel("epoch " + epochText(s.epoch()), view(a, st, v, range), null, List.of(),
                    st.histogram()));
        }
        String which = "hidden layer " + (layer + 1) + (l0.vectors() == 1 ? "" : ", neuron " + (v + 1));
        ActivationPlot.Options o = new ActivationPlot.Options(true, true, Math.max(2, panels.size()));
        // a one-panel strip would lay out as a full panel; two or more form one row of small multiples
        return new ActivationPlot("Evolution — " + a.displayName(), info.datasetName() + " · " + which
                + " · seed " + info.seed(), List.of(new LayerActivations(which, panels)), o);
    }

    /**
     * Frames of the evolution animation: the activation figure at up to {@code maxFrames} evenly spaced snapshots.
     * Each frame is built when it is read (and again if read again): the export preview needs only the last one,
     * and a GIF export builds one frame at a time, so a cancelled export stops building too.
     */
    public static List<ActivationPlot> evolutionFrames(RunInfo info, List<Snapshot> snapshots, int layer, int maxFrames) {
        List<Snapshot> picked = pick(snapshots, maxFrames);
        String lastEpoch = epochText(snapshots.get(snapshots.size() - 1).epoch());
        // still axes: every frame on the limits of all of them, so only the curves move
        List<ActivationPlot.Limits> limits = frameLimits(info, snapshots, picked, layer);
        return new AbstractList<>() {
            @Override
            public ActivationPlot get(int i) {
                String stamp = "epoch " + epochText(picked.get(i).epoch()) + " / " + lastEpoch;
                return activationFigure(info, snapshots.subList(0, snapshots.indexOf(picked.get(i)) + 1), layer, stamp,
                        limits);
            }

            @Override
            public int size() {
                return picked.size();
            }
        };
    }

    /**
     * Per layer shown, the limits that hold every frame: x the inputs' range over the whole run, y the union of the
     * frames' own y limits on that x range.
     */
    private static List<ActivationPlot.Limits> frameLimits(RunInfo info, List<Snapshot> snapshots, List<Snapshot> picked,
                                                           int layer) {
        Activation a = info.activation();
        List<ActivationPlot.Limits> out = new ArrayList<>();
        for (int li = 0; li < snapshots.get(0).layers().size(); li++) {
            if (layer != ALL_LAYERS && li != layer) continue;
            double[] x = InputRange.of(a.workingRange(), histograms(snapshots, li));
            double ylo = Double.POSITIVE_INFINITY, yhi = Double.NEGATIVE_INFINITY;
            for (Snapshot s : picked) {
                LayerSnapshot st = s.layers().get(li);
                for (int v : shownVectors(st.vectors())) {
                    double[] y = YLimits.of(view(a, st, v, x).y(), view(a, snapshots.get(0).layers().get(li), v, x).y());
                    ylo = Math.min(ylo, y[0]);
                    yhi = Math.max(yhi, y[1]);
                }
            }
            out.add(new ActivationPlot.Limits(x[0], x[1], ylo, yhi));
        }
        return out;
    }

    /** One layer's histograms over some snapshots (null where none was taken). */
    static List<org.activationworkbench.experiment.Histogram> histograms(List<Snapshot> snapshots, int layer) {
        List<org.activationworkbench.experiment.Histogram> out = new ArrayList<>();
        for (Snapshot s : snapshots) out.add(s.layers().get(layer).histogram());
        return out;
    }

    /** f(x) of one activation (layer, unit) against epoch, over the family's working range. */
    public static ActivationHeatmap heatmap(RunInfo info, List<Snapshot> snapshots, int layer, int unit) {
        Activation a = info.activation();
        checkLayer(layer, snapshots.get(0));
        LayerSnapshot l0 = snapshots.get(0).layers().get(layer);
        int v = l0.vectors() == 1 ? 0 : Math.min(Math.max(unit, 0), l0.vectors() - 1);
        double[] range = a.workingRange();
        int points = CURVE_POINTS;
        double[] x = new double[points];
        for (int i = 0; i < points; i++) x[i] = range[0] + (range[1] - range[0]) * i / (points - 1);
        double[] epochs = new double[snapshots.size()];
        double[][] values = new double[snapshots.size()][points];
        for (int r = 0; r < snapshots.size(); r++) {
            Snapshot s = snapshots.get(r);
            epochs[r] = s.epoch();
            double[] params = s.layers().get(layer).params();
            for (int i = 0; i < points; i++) values[r][i] = a.value(x[i], params, v * a.parameterCount());
        }
        String which = "hidden layer " + (layer + 1) + (l0.vectors() == 1 ? "" : ", neuron " + (v + 1));
        return new ActivationHeatmap("f(x) over training — " + a.family(),
                info.datasetName() + " · " + which + " · seed " + info.seed(), x, epochs, values);
    }

    /** At most n snapshots, evenly spaced, always including the first and the last. */
    public static List<Snapshot> pick(List<Snapshot> all, int n) {
        if (all.size() <= n) return all;
        List<Snapshot> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Snapshot s = all.get((int) Math.round(i * (all.size() - 1) / (double) Math.max(1, n - 1)));
            if (!out.contains(s)) out.add(s);
        }
        return out;
    }

    /**
     * The panels of hidden layer {@code li} at snapshot {@code now}: one per layer, or one per shown neuron,
     * with the ghost from {@code first} and the fading trail from {@code trail} (oldest first).
     */
    public static LayerActivations layerActivations(Activation a, Snapshot first, List<Snapshot> trail, Snapshot now,
                                                    int li) {
        return layerActivations(a, first, trail, now, li, MAX_NEURONS_PER_LAYER);
    }

    /** As above, showing at most {@code maxNeurons} evenly spaced neurons of a neuron-sharing layer. */
    public static LayerActivations layerActivations(Activation a, Snapshot first, List<Snapshot> trail, Snapshot now,
                                                    int li, int maxNeurons) {
        return layerActivations(a, first, trail, now, li, maxNeurons, null);
    }

    /** As above, on a given x-range ({from, to}); null for the inputs' range ({@link InputRange}). */
    static LayerActivations layerActivations(Activation a, Snapshot first, List<Snapshot> trail, Snapshot now,
                                             int li, int maxNeurons, double[] xRange) {
        LayerSnapshot state = now.layers().get(li);
        int[] shown = shownVectors(state.vectors(), maxNeurons);
        // the x-range follows the inputs of the moment and the few before it (the trail): see InputRange
        List<Snapshot> recentSnaps = new ArrayList<>(trail);
        recentSnaps.add(now);
        double[] range = xRange != null ? xRange : InputRange.of(a.workingRange(), histograms(recentSnaps, li));
        List<ActivationPanel> panels = new ArrayList<>();
        for (int v : shown) {
            List<ActivationView> recent = new ArrayList<>();
            for (Snapshot s : trail) recent.add(view(a, s.layers().get(li), v, range));
            String title = state.vectors() == 1 ? "hidden layer " + (li + 1) : "neuron " + (v + 1);
            panels.add(new ActivationPanel(title, view(a, state, v, range),
                    a.learnable() && first != null ? view(a, first.layers().get(li), v, range) : null, recent,
                    state.histogram()));
        }
        String layerTitle = state.vectors() == 1 ? "hidden layer " + (li + 1)
                : "hidden layer " + (li + 1) + (shown.length < state.vectors()
                ? " (" + shown.length + " of " + state.vectors() + " neurons)" : "");
        return new LayerActivations(layerTitle, panels);
    }

    static int[] shownVectors(int vectors) {
        return shownVectors(vectors, MAX_NEURONS_PER_LAYER);
    }

    /** The vectors (units) a layer of {@code vectors} shows when at most {@code max} are drawn: evenly spaced. */
    public static int[] shownVectors(int vectors, int max) {
        int k = Math.min(vectors, Math.max(1, max));
        int[] idx = new int[k];
        for (int i = 0; i < k; i++) idx[i] = (int) Math.round(i * (vectors - 1) / (double) Math.max(1, k - 1));
        if (k == 1) idx[0] = 0;
        return idx;
    }

    private static void checkLayer(int layer, Snapshot s) {
        if (layer != ALL_LAYERS && (layer < 0 || layer >= s.layers().size())) {
            throw new IllegalArgumentException("--layer must be between 1 and " + s.layers().size()
                    + " (the network has " + s.layers().size() + " hidden layers), got " + (layer + 1));
        }
    }

    public static ActivationView view(Activation a, LayerSnapshot s, int vector) {
        return view(a, s, vector, a.workingRange());
    }

    /** The curve of one vector of a layer over {@code range} (see {@link InputRange}). */
    public static ActivationView view(Activation a, LayerSnapshot s, int vector, double[] range) {
        Activation own = s.activationOr(a); // grid refinement: earlier snapshots have fewer knots
        return own.view(s.params(), vector * own.parameterCount(), range[0], range[1], VIEW_POINTS);
    }

    /** Family, options, dataset, epoch and seed, embedded in every exported plot. */
    public static Map<String, String> metadata(RunInfo info, double epoch) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Title", "Activation Workbench run: " + info.activation().displayName() + " on " + info.datasetName());
        m.put("family", info.activation().family());
        m.put("options", info.config().activation().optionsText());
        m.put("sharing", info.sharing().label());
        m.put("dataset", info.datasetName());
        if (info.datasetChecksum() != null) m.put("dataset-checksum", info.datasetChecksum());
        m.put("hidden", info.hiddenText());
        m.put("epoch", epochText(epoch));
        m.put("seed", Long.toString(info.seed()));
        return m;
    }

    public static String epochText(double epoch) {
        return epoch == Math.rint(epoch) ? Long.toString((long) epoch) : String.format(Locale.ROOT, "%.2f", epoch);
    }
}
