package org.activationworkbench.export;

import java.util.List;
import org.activationworkbench.activation.ClosedForm;
import org.activationworkbench.experiment.SavedModel;

/**
 * The PyTorch export's part for what a layer has of its own: activation surgery's replaced activations as plain torch
 * expressions (one lambda per replaced unit, or per layer-shared activation) with a module that puts them in place
 * of the learned activation. Written only when some layer has one, so other exports stay as they were (each layer's
 * own spline grid is the main export's ACTIVATION_GRIDS).
 */
final class FormulaTorch {

    /** The line of the Net class that builds the activations, and what it becomes with formulas. */
    static final String BUILD = "acts = [make_activation(p if p else [[]], g) for p, g in zip(ACTIVATION_PARAMS, "
            + "ACTIVATION_GRIDS)]";
    static final String BUILD_WITH_FORMULAS = "acts = [with_formulas(i, make_activation(p if p else [[]], g))"
            + " for i, (p, g) in enumerate(zip(ACTIVATION_PARAMS, ACTIVATION_GRIDS))]";

    private FormulaTorch() {
    }

    static boolean any(SavedModel m) {
        return m.activations().stream().anyMatch(a -> a.formulas() != null);
    }

    /** FORMULAS, the Replaced module and with_formulas(i, act), in Python. */
    static String source(SavedModel m, int convBlocks) {
        StringBuilder sb = new StringBuilder();
        sb.append("# activation surgery: activations replaced by fixed closed forms, per activation layer (conv blocks")
                .append(" first): unit -> f(x), or None -> f(x) for a layer-shared activation replaced whole\n");
        sb.append("FORMULAS = {\n");
        for (SavedModel.ActivationParams ap : m.activations()) {
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
