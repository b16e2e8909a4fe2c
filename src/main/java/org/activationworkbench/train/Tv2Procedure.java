package org.activationworkbench.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.activationworkbench.activation.BSplineActivation;
import org.activationworkbench.nn.ActivationLayer;
import org.activationworkbench.nn.Network;

/**
 * tv2 (bspline only): joint training with λ·TV2 added to the loss for every knot vector — the summed slope
 * changes, which pushes most knots to be inactive — then, when training ends, {@link KnotPruning} removes the knots
 * whose slope change is below the threshold. The reported losses are the data loss alone (without the penalty).
 */
final class Tv2Procedure implements Procedure {

    private final double lambda;
    private final double threshold;
    private double[] values = new double[0];
    private double[] grad = new double[0];

    Tv2Procedure(double lambda, double threshold) {
        this.lambda = lambda;
        this.threshold = threshold;
    }

    @Override
    public String name() {
        return "tv2";
    }

    @Override
    public void check(Network network) {
        BSplineLayers.require(network, name());
    }

    @Override
    public Phase beforeStep(TrainingSession session) {
        return Phase.JOINT;
    }

    @Override
    public void afterBackward(TrainingSession session) {
        if (lambda == 0) return;
        for (ActivationLayer layer : session.network().activationLayers()) {
            BSplineActivation b = BSplineLayers.of(layer);
            float[] v = layer.parameter().value();
            float[] g = layer.parameter().grad();
            if (values.length < v.length) {
                values = new double[v.length];
                grad = new double[v.length];
            }
            for (int i = 0; i < v.length; i++) {
                values[i] = v[i];
                grad[i] = 0;
            }
            for (int off = 0; off < v.length; off += b.knots()) b.addTv2Gradient(values, off, lambda, grad);
            for (int i = 0; i < v.length; i++) g[i] += (float) grad[i];
        }
    }

    /** Prunes every knot vector and reports the knots left and the test loss before and after. */
    @Override
    public ProcedureReport finish(TrainingSession session) {
        Evaluation before = session.evaluate(session.data().test());
        int total = 0;
        int remaining = 0;
        List<ActivationLayer> layers = session.network().activationLayers();
        for (ActivationLayer layer : layers) {
            BSplineActivation b = BSplineLayers.of(layer);
            float[] v = layer.parameter().value();
            for (int off = 0; off < v.length; off += b.knots()) {
                remaining += KnotPruning.prune(v, off, b.knots(), b.spacing(), threshold);
                total += b.knots();
            }
        }
        Evaluation after = session.evaluate(session.data().test());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("tv2Lambda", lambda);
        d.put("pruneThreshold", threshold);
        d.put("knotsTotal", total);
        d.put("knotsRemaining", remaining);
        d.put("testLossBeforePruning", before.loss());
        d.put("testLossAfterPruning", after.loss());
        String line = String.format(Locale.ROOT, "tv2: %d of %d knots remain active after pruning (slope change < %s);"
                + " test loss %.6g before, %.6g after", remaining, total, threshold, before.loss(), after.loss());
        return new ProcedureReport(line, d);
    }
}
