package org.activationworkbench.activation;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered family, at its default options: reference gradients against finite differences and the float
 * kernels against the reference, in both sharing modes. Generic over the registry, so families registered later
 * are covered without touching this file.
 */
class ActivationGradientTest {

    static Stream<Arguments> learnableFamilies() {
        return ActivationRegistry.learnable().stream()
                .flatMap(f -> Stream.of(Sharing.values()).map(s -> Arguments.of(f.name(), s)));
    }

    static Stream<String> fixedFamilies() {
        return ActivationRegistry.all().stream().filter(f -> !f.learnable()).map(FamilyInfo::name);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("learnableFamilies")
    void learnableReferenceGradientsAndKernels(String family, Sharing sharing) {
        Activation a = ActivationRegistry.create(ActivationSpec.of(family));
        ActivationChecks.checkReferenceGradients(a, a.initialParameters());
        ActivationChecks.checkReferenceGradients(a, ActivationChecks.perturbedParameters(a, 5));
        ActivationChecks.checkKernels(a, sharing);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixedFamilies")
    void fixedDerivativeAndKernels(String family) {
        Activation a = ActivationRegistry.create(ActivationSpec.of(family));
        ActivationChecks.checkReferenceGradients(a, new double[0]);
        ActivationChecks.checkKernels(a, Sharing.LAYER);
    }

    @ParameterizedTest(name = "dyn base {0}")
    @MethodSource("dynBases")
    void dynEveryBase(String base) {
        Activation a = ActivationRegistry.create(ActivationSpec.of("dyn").with("base", base));
        ActivationChecks.checkReferenceGradients(a, ActivationChecks.perturbedParameters(a, 9));
        ActivationChecks.checkKernels(a, Sharing.NEURON);
    }

    static Stream<String> dynBases() {
        return DynActivation.INFO.option("base").orElseThrow().choices().stream();
    }

    @ParameterizedTest(name = "bspline init {0}")
    @MethodSource("splineInits")
    void bsplineEveryInitAndOddGrid(String init) {
        Activation a = ActivationRegistry.create(
                ActivationSpec.of("bspline").with("knots", 8).with("range", java.util.Arrays.stream(new double[] {-1.5, 2.5}).boxed().toList()).with("init", init));
        ActivationChecks.checkReferenceGradients(a, ActivationChecks.perturbedParameters(a, 9));
        ActivationChecks.checkKernels(a, Sharing.LAYER);
        ActivationChecks.checkKernels(a, Sharing.NEURON);
    }

    static Stream<String> splineInits() {
        return BSplineActivation.INFO.option("init").orElseThrow().choices().stream();
    }

    @ParameterizedTest(name = "tropical degree {0}")
    @MethodSource("degrees")
    void tropicalDegrees(int degree) {
        Activation a = ActivationRegistry.create(ActivationSpec.of("tropical").with("degree", degree));
        ActivationChecks.checkReferenceGradients(a, ActivationChecks.perturbedParameters(a, 9));
        ActivationChecks.checkKernels(a, Sharing.NEURON);
    }

    static Stream<Integer> degrees() {
        return Stream.of(1, 2, 9);
    }

    /** The torchortho 0.1.1 parameterisation of hermite (up to its highest degree), fourier and tropical. */
    @ParameterizedTest(name = "{0} degree {1} torchortho 0.1.1 {2}")
    @MethodSource("torchortho011")
    void torchortho011(String family, int degree, Sharing sharing) {
        Activation a = ActivationRegistry.create(ActivationSpec.of(family).with("degree", degree).with("torchortho", "0.1.1"));
        ActivationChecks.checkReferenceGradients(a, a.initialParameters());
        ActivationChecks.checkReferenceGradients(a, ActivationChecks.perturbedParameters(a, 7));
        ActivationChecks.checkKernels(a, sharing);
    }

    static Stream<Arguments> torchortho011() {
        return Stream.of(Sharing.values()).flatMap(s -> Stream.of(Arguments.of("hermite", 3, s), Arguments.of("hermite", 8, s),
                Arguments.of("fourier", 5, s), Arguments.of("tropical", 5, s)));
    }
}
