package org.activationworkbench.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.experiment.MetricsRow;
import org.junit.jupiter.api.Test;

/** The words a screen reader gets for a figure say what the picture shows. */
class DescriptionsTest {

    @Test
    void shapesAreToldByTheirTurns() {
        double[] x = {-2, -1, 0, 1, 2};
        assertEquals("increasing from f(-2) = -4 to f(2) = 4", Descriptions.shape(x, new double[] {-4, -2, 0, 2, 4}));
        assertEquals("decreasing from f(-2) = 1 to f(2) = -1", Descriptions.shape(x, new double[] {1, 0.5, 0, -0.5, -1}));
        assertEquals("falls to a minimum 0 at x = 0, from f(-2) = 4 to f(2) = 4",
                Descriptions.shape(x, new double[] {4, 1, 0, 1, 4}));
        assertEquals("rises to a maximum 1 at x = 0, from f(-2) = 0 to f(2) = 0",
                Descriptions.shape(x, new double[] {0, 0.5, 1, 0.5, 0}));
        assertEquals("wavy, turning 3 times, from f(-2) = 0 to f(2) = 0",
                Descriptions.shape(x, new double[] {0, 1, 0, 1, 0}));
    }

    @Test
    void dynActivationIsToldByItsAlphaAndBeta() {
        var dyn = ActivationRegistry.create(ActivationSpec.of("dyn"));
        var view = dyn.view(dyn.initialParameters(), 0, -3, 3, 61);
        String said = Descriptions.activation(view);
        assertTrue(said.startsWith("α = "), said);
        assertTrue(said.contains(", β = "), said);
    }

    @Test
    void theCurvesAreToldByTheirLatestMeasuredValues() {
        List<MetricsRow> rows = List.of(new MetricsRow(10, 1, 0.1, 0.9, 0.8, 0.6, 0.55),
                new MetricsRow(15, 1.5, 0.2, 0.5, Double.NaN, 0.7, Double.NaN));
        assertEquals("loss curves to epoch 1.5 (step 15): train loss 0.5, test loss 0.8, train accuracy 70 %, "
                + "test accuracy 55 %", Descriptions.losses(rows));
        assertEquals("loss curves: no training yet", Descriptions.losses(List.of()));
    }
}
