package org.activationworkbench.plot;

import java.util.ArrayList;
import java.util.List;
import org.activationworkbench.activation.ActivationView;

/**
 * The legend of activation panels (current, at init, recent, knots, inputs, components), shared by the figure of
 * many panels and the enlarged single panel, so both name what they draw alike.
 */
final class PanelLegend {

    private static final int MAX_LEGEND_COMPONENTS = 6;

    private PanelLegend() {
    }

    /** Components are coloured individually only when every panel names the same few components. */
    static boolean colourComponents(List<ActivationPanel> all) {
        List<String> names = null;
        for (ActivationPanel p : all) {
            List<String> n = p.current().components().stream().map(ActivationView.Component::name).toList();
            if (names != null && !names.equals(n)) {
                return false;
            }
            names = n;
        }
        return names != null && names.size() <= MAX_LEGEND_COMPONENTS;
    }

    static List<LegendEntry> entries(Theme t, List<ActivationPanel> all) {
        List<LegendEntry> e = new ArrayList<>();
        if (all.isEmpty()) {
            return e;
        }
        e.add(LegendEntry.line("current", t.curve(), t.curveWidth()));
        if (all.stream().anyMatch(p -> p.initial() != null)) {
            e.add(LegendEntry.dashed("at init", t.ghost(), t.lineWidth(), ActivationPanelRenderer.GHOST_DASH));
        }
        if (all.stream().anyMatch(p -> !p.trail().isEmpty())) {
            e.add(LegendEntry.line("recent", t.curve().withAlpha(0.3), t.thinWidth()));
        }
        if (all.stream().anyMatch(p -> !p.current().markers().isEmpty())) {
            e.add(LegendEntry.dot("knots", t.accent()));
        }
        if (all.stream().anyMatch(p -> p.histogram() != null)) {
            e.add(LegendEntry.box("inputs", t.histogram().withAlpha(0.6)));
        }
        ActivationView first = all.get(0).current();
        if (colourComponents(all)) {
            for (int i = 0; i < first.components().size(); i++) {
                e.add(LegendEntry.line(first.components().get(i).name(),
                        ActivationPanelRenderer.componentColor(t, i, true), t.lineWidth()));
            }
        } else if (all.stream().anyMatch(p -> !p.current().components().isEmpty())) {
            e.add(LegendEntry.line("components", ActivationPanelRenderer.componentColor(t, 0, false), t.lineWidth()));
        }
        return e;
    }
}
