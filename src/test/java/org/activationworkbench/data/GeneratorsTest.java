package org.activationworkbench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class GeneratorsTest {

    private final DatasetRegistry registry = new DatasetRegistry();

    static java.util.stream.Stream<String> names() {
        return Generators.all().stream().map(Generator::name);
    }

    @ParameterizedTest
    @MethodSource("names")
    void sameSeedSameData(String name) {
        Dataset a = registry.load(name, DataOptions.defaults().withSeed(7));
        Dataset b = registry.load(name, DataOptions.defaults().withSeed(7));
        assertArrayEquals(a.train().x(), b.train().x());
        assertArrayEquals(a.test().x(), b.test().x());
        assertEquals(a.checksum(), b.checksum());
    }

    @ParameterizedTest
    @MethodSource("names")
    void otherSeedOtherData(String name) {
        Dataset a = registry.load(name, DataOptions.defaults().withSeed(1));
        Dataset b = registry.load(name, DataOptions.defaults().withSeed(2));
        assertFalse(Arrays.equals(a.train().x(), b.train().x()));
        assertNotEquals(a.checksum(), b.checksum());
    }

    @ParameterizedTest
    @MethodSource("names")
    void defaultSizesAndShapes(String name) {
        Generator g = Generators.byName(name).orElseThrow();
        Dataset d = registry.load(name, DataOptions.defaults());
        int n = g.inputs() == 1 ? 512 : 1000;
        assertEquals(n, d.train().rows() + d.test().rows());
        assertEquals(Math.round(n * 0.2), d.test().rows(), 1.0);
        assertEquals(g.inputs(), d.inputs());
        assertEquals(d.train().rows() * d.inputs(), d.train().x().length);
        assertEquals(g.task(), d.task());
        if (d.task() == Task.CLASSIFICATION) {
            assertEquals(g.classNames().size(), d.outputs());
            assertTrue(Arrays.stream(d.train().labels()).allMatch(l -> l >= 0 && l < d.outputs()));
            // every class is present in both splits
            for (int c = 0; c < d.outputs(); c++) {
                int cc = c;
                assertTrue(Arrays.stream(d.test().labels()).anyMatch(l -> l == cc), name + " class " + c);
            }
        } else {
            assertEquals(1, d.outputs());
            assertEquals(d.train().rows(), d.train().targets().length);
        }
        assertEquals(64, d.checksum().length());
    }

    @Test
    void samplesAndNoiseOptionsApply() {
        Dataset d = registry.load("sin", DataOptions.defaults().withSamples(100).withNoise(0.0));
        assertEquals(100, d.train().rows() + d.test().rows());
        // noise 0: every target equals the teacher at the raw x
        DoubleUnaryOperator teacher = ((FunctionGenerator) registry.generator("sin").orElseThrow()).teacher();
        Standardisation s = d.standardisation();
        for (int i = 0; i < d.train().rows(); i++) {
            double x = d.train().x()[i] * s.std()[0] + s.mean()[0];
            assertEquals(teacher.applyAsDouble(x), d.train().targets()[i], 1e-5);
        }
    }

    @Test
    void teachersAreTheDocumentedFunctions() {
        assertEquals(0.0, teacher("abs").applyAsDouble(0), 0);
        assertEquals(0.5, teacher("abs").applyAsDouble(-0.5), 0);
        assertEquals(1.0, teacher("sin").applyAsDouble(0.5), 1e-12);
        assertEquals(1.0, teacher("step").applyAsDouble(0.0), 0);
        assertEquals(0.0, teacher("step").applyAsDouble(-0.1), 0);
        assertEquals(1.0, teacher("bump").applyAsDouble(0.0), 0);
        assertEquals(Math.sin(3), teacher("xsin").applyAsDouble(1.0), 1e-12);
        assertEquals(-1.0, teacher("sawtooth").applyAsDouble(-1.0), 1e-12);
        SurfaceGenerator plane = (SurfaceGenerator) Generators.byName("plane").orElseThrow();
        assertEquals(0.3, plane.teacher().applyAsDouble(1, 2), 1e-12);
        SurfaceGenerator mg = (SurfaceGenerator) Generators.byName("multi-gaussian").orElseThrow();
        assertEquals(1.0, mg.teacher().applyAsDouble(-4, 2.5), 1e-12);
        assertEquals(-1.0, mg.teacher().applyAsDouble(0, 2.5), 1e-12);
    }

    private static DoubleUnaryOperator teacher(String name) {
        return ((FunctionGenerator) Generators.byName(name).orElseThrow()).teacher();
    }

    @Test
    void spiralArmsAreBalanced() {
        Dataset d = registry.load("spiral", DataOptions.defaults().withSamples(1001));
        long ones = Arrays.stream(d.train().labels()).filter(l -> l == 1).count()
                + Arrays.stream(d.test().labels()).filter(l -> l == 1).count();
        assertEquals(500, ones);
    }
}
