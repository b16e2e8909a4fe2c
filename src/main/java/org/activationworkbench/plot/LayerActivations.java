package org.activationworkbench.plot;

import java.util.List;

/** The activations of one hidden layer: one panel when shared by the layer, one per neuron otherwise. */
public record LayerActivations(String layerTitle, List<ActivationPanel> panels) {

    public LayerActivations {
        panels = List.copyOf(panels);
    }
}
