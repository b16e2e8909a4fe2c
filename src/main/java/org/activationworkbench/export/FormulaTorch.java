package org.activationworkbench.export;

import java.util.List;
import org.activationworkbench.activation.ClosedForm;
import org.activationworkbench.experiment.ModelState;

/**
 * The PyTorch export's part for what a layer has of its own: activation surgery's replaced activations as plain torch
 * expressions (one lambda per replaced unit, or per layer-shared activation) with a module that puts them in place
 * of the learned activation, and a spline's knot grid where it followed its inputs away from the config's range.
 * Written only when some layer has either, so other exports stay as they were.
 */
final class FormulaTorch {

    /** The line of the Net class that builds the activations, and what it becomes with formulas. */
    static final String BUILD = "acts = [make_activation(p if p else [[]]) for p in ACTIVATION_PARAMS]";
    static final String BUILD_WITH_FORMULAS = "acts = [with_formulas(i, make_layer_activation(i, p if p else [[]]))"
            + " for i, p in enumerate(ACTIVATION_PARAMS)]";

    private FormulaTorch() {
    }

    static boolean any(ModelState m) {
        return m.activations().stream().anyMatch(a -> a.formulas() != null || a.grid() != null);
    }

    /** GRIDS, make_layer_activation(i, params), FORMULAS, the Replaced module and with_formulas(i, act), in Python. */
    static String source(ModelState m, int convBlocks) {
        StringBuilder sb = new StringBuilder();
        sb.append("# knot grids (lo, hi) of splines that followed their inputs, per activation layer\n");
        sb.append("GRIDS = {");
        for (ModelState.ActivationParams ap : m.activations()) {
            if (ap.grid() == null) continue;
            sb.append(sb.charAt(sb.length() - 1) == '{' ? "" : ", ").append(ap.layer()).append(": (")
                    .append(Double.toString(ap.grid()[0]).replace("E", "e")).append(", ")
                    .append(Double.toString(ap.grid()[1]).replace("E", "e")).append(')');
        }
        sb.append("}\n\n\n");
        sb.append("""
                def make_layer_activation(i, params):
                    if i in GRIDS:
                        return BSpline(params, lo=GRIDS[i][0], hi=GRIDS[i][1])
                    return make_activation(params)


                """);
        sb.append("# activation surgery: activations replaced by fixed closed forms, per activation layer (conv blocks")
                .append(" first): unit -> f(x), or None -> f(x) for a layer-shared activation replaced whole\n");
        sb.append("FORMULAS = {\n");
        for (ModelState.ActivationParams ap : m.activations()) {
            List<ClosedForm> f = ap.formulas();
            if (f == null) continue;
            sb.append("    ").append(ap.layer()).append(": {  # ").append(ap.layer() < convBlocks
                    ? "conv block " + (ap.layer() + 1) : "hidden layer " + (ap.layer() - convBlocks + 1)).append('\n');
            boolean whole = f.size() == 1;
            for (int u = 0; u < f.size(); u++) {
                if (f.get(u) == null) continue;
                sb.append("        ").append(whole ? "None" : Integer.toString(u)).append(": lambda x: ")
                        .append(f.get(u).torch("x")).append(",\n");
            }
            sb.append("    },\n");
        }
        sb.append("}\n\n\n");
        sb.append("""
                class Replaced(nn.Module):
                    \"""A learned activation with units replaced by fixed closed forms (no parameters: frozen).\"""

                    def __init__(self, learned, formulas):
                        super().__init__()
                        self.learned = learned
                        self.formulas = formulas

                    def forward(self, x):
                        if None in self.formulas:
                            return self.formulas[None](x)
                        y = self.learned(x)
                        return torch.stack([self.formulas[j](x[:, j]) if j in self.formulas else y[:, j]
                                            for j in range(x.shape[1])], dim=1)


                def with_formulas(i, act):
                    return Replaced(act, FORMULAS[i]) if i in FORMULAS else act


                """);
        return sb.toString();
    }
}
