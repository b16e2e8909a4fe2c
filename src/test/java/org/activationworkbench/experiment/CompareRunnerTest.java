package org.activationworkbench.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.DatasetRegistry;
import org.activationworkbench.export.CompareExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class CompareRunnerTest {

    @TempDir
    Path dir;

    @Test
    void twoFamiliesTimesTwoSeedsHeadlessWriteTheirTable() throws Exception {
        ExperimentConfig proto = TestRuns.spiral("relu", 3);
        Dataset data = new DatasetRegistry().load(proto.dataset(), proto.data());
        List<CompareRunner.Entry> entries = new ArrayList<>();
        for (String f : List.of("bspline", "dyn")) {
            for (long seed = 0; seed < 2; seed++) {
                entries.add(new CompareRunner.Entry(f, TestRuns.config("spiral", f, null, 3, "adam", seed)));
            }
        }
        List<CompareRunner.Outcome> out = new CompareRunner(data, entries, 2).run(null);
        assertEquals(4, out.size());
        // each run equals the same run trained alone: the pool changes nothing but the wall clock
        RunResult alone = new Experiment(entries.get(3).config(), data).run(null);
        assertEquals(alone.last().testLoss(), out.get(3).result().last().testLoss(), 0.0);

        List<CompareSummary.GroupCurves> curves = CompareSummary.curves(out);
        assertEquals(List.of("bspline", "dyn"), curves.stream().map(CompareSummary.GroupCurves::group).toList());
        CompareSummary.Band b = curves.get(0).testLoss();
        assertEquals(4, b.epochs().length);
        for (int i = 0; i < 4; i++) assertTrue(b.min()[i] <= b.mean()[i] && b.mean()[i] <= b.max()[i]);

        CompareExport.write(dir, out, 0.6, 1);
        Table t = Table.read().csv(dir.resolve(CompareExport.TABLE).toFile());
        assertEquals(4, t.rowCount());
        assertEquals(List.of("family", "seed", "activation_parameters", "total_parameters", "train_loss", "test_loss",
                "train_accuracy", "test_accuracy", "seconds_per_epoch", "steps_to_target", "diverged", "hidden",
                "unmatched_total_parameters"), t.columnNames());
        // train accuracy is the whole training split's, not a mini-batch's: it equals a fresh evaluation
        var e = out.get(0).experiment();
        assertEquals(e.session().evaluate(e.dataset().train()).accuracy(), out.get(0).trainSet().accuracy(), 1e-12);
        Table summary = Table.read().csv(dir.resolve(CompareExport.SUMMARY).toFile());
        assertEquals(2, summary.rowCount());
        assertEquals(List.of("family", "n", "diverged", "total_parameters", "test_accuracy_mean", "test_accuracy_sd"),
                summary.columnNames().subList(0, 6));
        CompareSummary.GroupStats g = CompareSummary.groups(CompareSummary.table(out, Double.NaN)).get(0);
        assertEquals(2, g.n());
        assertEquals((out.get(0).result().last().testLoss() + out.get(1).result().last().testLoss()) / 2,
                g.testLoss().mean(), 1e-12);
        for (String f : List.of("curves.png", "curves.svg", "activations.png", "activations.svg")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
    }
}
