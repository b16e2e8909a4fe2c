package org.activationworkbench.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.activationworkbench.plot.Figure;
import org.activationworkbench.plot.LossPlot;
import org.activationworkbench.plot.Painter;
import org.activationworkbench.plot.Theme;

/**
 * Writes every sample figure as PNG and SVG, light and dark, into the directory named by the system
 * property {@code plots.dir} (e.g. {@code mvn test -Dplots.dir=/tmp/plots}) so a person can look at them.
 */
class SamplePlotsTest {

    /** The same figure in a box of another size, as the live view's canvas would draw it. */
    record Resized(Figure f, double w, double h) implements Figure {
        @Override
        public double preferredWidth() {
            return w;
        }

        @Override
        public double preferredHeight() {
            return h;
        }

        @Override
        public void draw(Painter p, double width, double height, Theme theme) {
            f.draw(p, width, height, theme);
        }
    }

    @Test
    void writeSamplesForLooking() throws Exception {
        String dir = System.getProperty("plots.dir");
        Assumptions.assumeTrue(dir != null && !dir.isBlank(), "set -Dplots.dir to write sample plots");
        Path out = Path.of(dir);
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put("shared-bspline", SyntheticViews.sharedBsplines());
        figures.put("dyn", SyntheticViews.dynPanels());
        figures.put("bars", SyntheticViews.polynomialPanels());
        figures.put("per-neuron", SyntheticViews.perNeuronGrid());
        figures.put("loss", new LossPlot("Loss", "two-moons · bspline", SyntheticViews.lossRows(200, true)));
        figures.put("single-spike", SyntheticViews.singleWithSpike());
        figures.put("live-small-grid", new Resized(SyntheticViews.perNeuronGrid(), 480, 330));
        figures.put("live-small-shared", new Resized(SyntheticViews.sharedBsplines(), 420, 240));
        figures.put("live-tiny-loss", new Resized(new LossPlot("", "", SyntheticViews.lossRows(200, true)), 260, 260));
        figures.put("loss-smooth-log", new LossPlot("", "", SyntheticViews.lossRows(2000, false),
                new LossPlot.Options(true, 0.8, true)));
        for (Map.Entry<String, Figure> e : figures.entrySet()) {
            PlotExporter.writePng(e.getValue(), out.resolve(e.getKey() + ".png"), 2, Map.of("Title", e.getKey()));
            PlotExporter.writeSvg(e.getValue(), out.resolve(e.getKey() + ".svg"), Map.of("Title", e.getKey()));
            PlotExporter.writePng(e.getValue(), out.resolve(e.getKey() + "-dark.png"), 2, Map.of(), Theme.dark());
            assertTrue(Files.size(out.resolve(e.getKey() + ".png")) > 0);
        }
    }
}
