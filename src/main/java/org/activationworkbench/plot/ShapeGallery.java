package org.activationworkbench.plot;

import java.util.ArrayList;
import java.util.List;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.experiment.LayerSnapshot;

/**
 * Several runs' learned activations side by side, one panel each (a procedure, a family), with each run's
 * curve at init dashed behind it: the same panels as every other activation figure, via {@link RunPlots#view}.
 */
public final class ShapeGallery {

    /**
     * One panel: a label, the run's activation (the fallback for states that carry none), its final and initial
     * state of the layer to show, and which parameter vector (0 = the first neuron under neuron sharing).
     */
    public record Shape(String label, Activation activation, LayerSnapshot now, LayerSnapshot init, int vector) { }

    private ShapeGallery() {
    }

    public static ActivationPlot of(String title, String subtitle, List<Shape> shapes) {
        List<LayerActivations> panels = new ArrayList<>();
        for (Shape s : shapes) {
            Activation a = s.activation();
            panels.add(new LayerActivations(s.label(), List.of(new ActivationPanel(s.label(),
                    RunPlots.view(a, s.now(), s.vector()), a.learnable() ? RunPlots.view(a, s.init(), s.vector()) : null,
                    List.of(), null))));
        }
        return new ActivationPlot(title, subtitle, panels, new ActivationPlot.Options(true, true, 4));
    }
}
