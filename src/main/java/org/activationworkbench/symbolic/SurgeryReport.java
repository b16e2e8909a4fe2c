package org.activationworkbench.symbolic;

import java.util.Locale;
import org.activationworkbench.train.Evaluation;

/** Activation surgery in words: what was replaced by what, and the loss and accuracy before and after. */
public final class SurgeryReport {

    private SurgeryReport() {
    }

    /**
     * "replaced hidden layer 1 by 1.02*tanh(0.98*x + 0.01) - 0.003 (R² 0.9995)" lines, then a table of loss and
     * accuracy on the training and test data, before and after.
     */
    public static String text(Surgery.Outcome o) {
        StringBuilder sb = new StringBuilder();
        for (Surgery.Replacement r : o.replaced()) {
            sb.append("replaced ").append(r.title()).append(" by ").append(r.candidate().formula().text())
                    .append(String.format(Locale.ROOT, "  (R² %.4f over its inputs)%n", r.candidate().r2()));
        }
        boolean accuracy = !Double.isNaN(o.before().train().accuracy());
        sb.append(String.format(Locale.ROOT, "%n%-6s %12s %12s %12s", "", "loss before", "loss after", "change"));
        if (accuracy) sb.append(String.format(Locale.ROOT, " %9s %9s", "acc before", "acc after"));
        sb.append(System.lineSeparator());
        row(sb, "train", o.before().train(), o.scoresAfter().train(), accuracy);
        row(sb, "test", o.before().test(), o.scoresAfter().test(), accuracy);
        return sb.toString();
    }

    private static void row(StringBuilder sb, String split, Evaluation before, Evaluation after, boolean accuracy) {
        sb.append(String.format(Locale.ROOT, "%-6s %12.5g %12.5g %+12.3g", split, before.loss(), after.loss(),
                after.loss() - before.loss()));
        if (accuracy) {
            sb.append(String.format(Locale.ROOT, " %9.2f%% %8.2f%%", 100 * before.accuracy(), 100 * after.accuracy()));
        }
        sb.append(System.lineSeparator());
    }
}
