package org.activationworkbench.activation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FamilyViewTest {

    private static Activation create(String family) {
        return ActivationRegistry.create(ActivationSpec.of(family));
    }

    @Test
    void dynShowsItsTwoComponentsAndScalars() {
        Activation a = create("dyn");
        ActivationView v = a.view(a.initialParameters(), 0, -2, 2, 5);
        assertEquals("f(x) = B(x)·(1.00 − 0.00) + 0.00·x, B = relu", v.formula());
        assertEquals(List.of("B(x)(α−β)", "βx"), v.components().stream().map(ActivationView.Component::name).toList());
        assertArrayEquals(new double[] {0, 0, 0, 1, 2}, v.components().get(0).y(), 1e-15);
        assertEquals(List.of("α", "β"), List.copyOf(v.scalars().keySet()));
        double[] p = {0.5, -0.25};
        ActivationView moved = a.view(p, 0, -2, 2, 5);
        assertEquals("f(x) = B(x)·(0.500 + 0.250) − 0.250·x, B = relu", moved.formula());
        for (int i = 0; i < 5; i++) {
            assertEquals(moved.y()[i], moved.components().get(0).y()[i] + moved.components().get(1).y()[i], 1e-15);
        }
    }

    @Test
    void bsplineMarksEveryKnotAndItsSegment() {
        Activation a = create("bspline");
        double[] p = a.initialParameters();
        ActivationView v = a.view(p, 0, -3, 3, 61);
        assertEquals(21, v.markers().size());
        assertEquals(0.0, v.markers().get(10).x());
        assertEquals(0.3, v.markers().get(11).y(), 1e-15);
        assertEquals(0, v.activePiece()[0]);
        assertEquals(19, v.activePiece()[60]); // hi belongs to the last segment
        assertEquals(5, v.activePiece()[15]); // x = -1.5 = t_5
        assertTrue(v.formula().contains("21 knots on [-3.00, 3.00]"), v.formula());
        assertTrue(v.formula().contains("TV2 = 1.00"), v.formula());
    }

    @Test
    void tropicalDrawsEveryLineAndTheWinner() {
        Activation a = create("tropical");
        ActivationView v = a.view(a.initialParameters(), 0, -1, 1, 3);
        assertEquals(6, v.components().size());
        assertEquals("2·x + c_2", v.components().get(2).name());
        double s = Math.sqrt(2) / 5;
        assertArrayEquals(new double[] {s * (1 - 2), s, s * (1 + 2)}, v.components().get(2).y(), 1e-15);
        assertArrayEquals(new int[] {0, 0, 5}, v.activePiece());
        assertEquals("f(x) = (√2/5)·max(1.00, x + 1.00, 2x + 1.00, 3x + 1.00, 4x + 1.00, 5x + 1.00)", v.formula());
    }

    @Test
    void preluAndFixedViews() {
        Activation prelu = create("prelu");
        ActivationView v = prelu.view(prelu.initialParameters(), 0, -1, 1, 3);
        assertEquals(0.25, v.scalars().get("a"));
        assertEquals("f(x) = max(0, x) + 0.250·min(0, x)", v.formula());
        assertArrayEquals(new double[] {-0.25, 0, 1}, v.y(), 1e-15);

        Activation gelu = create("gelu");
        ActivationView g = gelu.view(null, 0, -1, 1, 3);
        assertTrue(g.components().isEmpty() && g.markers().isEmpty() && g.bars().isEmpty() && g.scalars().isEmpty());
        assertNull(g.activePiece());
        assertEquals(0.8413447460685429, g.y()[2], 1e-15);
    }
}
