package org.activationworkbench.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunHistoryTest {

    private static Snapshot snap(long step) {
        return new Snapshot(step, step / 10.0, step / 100.0, null, List.of());
    }

    private static MetricsRow row(long step) {
        return new MetricsRow(step, step / 10.0, 0, 1.0 / (step + 1), Double.NaN, Double.NaN, Double.NaN);
    }

    @Test
    void staysBoundedKeepsTheStartAndTheLatestInOrder() {
        RunHistory h = new RunHistory(50, 80);
        for (long s = 0; s < 100_000; s++) {
            h.addSnapshot(snap(s));
            h.addRow(row(s));
            assertTrue(h.snapshotCount() <= 50);
        }
        assertTrue(h.rows().size() <= 80);
        assertEquals(0, h.first().step(), "the initial snapshot survives thinning");
        assertEquals(99_999, h.last().step(), "the newest snapshot is always kept");
        for (int i = 1; i < h.snapshotCount(); i++) {
            assertTrue(h.snapshot(i).step() > h.snapshot(i - 1).step());
        }
        List<MetricsRow> rows = h.rows();
        assertEquals(0, rows.get(0).step());
        assertEquals(99_999, rows.get(rows.size() - 1).step());
    }

    @Test
    void thinningKeepsRecentHistoryDenserThanOld() {
        RunHistory h = new RunHistory(64, 64);
        for (long s = 0; s < 10_000; s++) h.addSnapshot(snap(s));
        int n = h.snapshotCount();
        long recentGap = h.snapshot(n - 1).step() - h.snapshot(n - 2).step();
        long oldGap = h.snapshot(2).step() - h.snapshot(1).step();
        assertTrue(oldGap > recentGap, "old gap " + oldGap + " vs recent gap " + recentGap);
    }

    @Test
    void trailAndTruncate() {
        RunHistory h = new RunHistory();
        for (long s = 0; s < 10; s++) {
            h.addSnapshot(snap(s));
            h.addRow(row(s));
        }
        assertEquals(List.of(5L, 6L, 7L), h.before(8, 3).stream().map(Snapshot::step).toList());
        assertEquals(List.of(0L), h.before(1, 3).stream().map(Snapshot::step).toList());
        long v = h.version();
        h.truncateAfter(4);
        assertTrue(h.version() > v);
        assertEquals(5, h.snapshotCount());
        assertEquals(4, h.last().step());
        assertEquals(5, h.rows().size());
        h.clear();
        assertEquals(0, h.snapshotCount());
        assertEquals(null, h.last());
    }

    @Test
    void testRowsSpanTheWholeRunHoweverLong() {
        RunHistory h = new RunHistory(64, 400);
        long steps = 200_000;
        for (long s = 0; s < steps; s++) {
            boolean evaluated = s % 50 == 0;
            h.addRow(new MetricsRow(s, s / 10.0, 0, 1.0, evaluated ? 0.5 : Double.NaN, Double.NaN, Double.NaN));
        }
        List<MetricsRow> tested = h.rows().stream().filter(r -> !Double.isNaN(r.testLoss())).toList();
        for (int decile = 0; decile < 10; decile++) {
            long lo = decile * steps / 10;
            long hi = lo + steps / 10;
            assertTrue(tested.stream().anyMatch(r -> r.step() >= lo && r.step() < hi),
                    "a test row between step " + lo + " and " + hi);
        }
        List<MetricsRow> rows = h.rows();
        for (int i = 1; i < rows.size(); i++) assertTrue(rows.get(i).step() > rows.get(i - 1).step());
        assertTrue(rows.size() <= 400);
    }
}
