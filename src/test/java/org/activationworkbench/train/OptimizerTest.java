package org.activationworkbench.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.activationworkbench.nn.Parameter;
import org.activationworkbench.nn.ParameterGroup;
import org.junit.jupiter.api.Test;

class OptimizerTest {

    private static Parameter param(ParameterGroup g, float... v) {
        return new Parameter("p", g, v.clone(), new float[v.length]);
    }

    @Test
    void frozenGroupStaysBitIdenticalAndUnfreezes() {
        Parameter w = param(ParameterGroup.WEIGHTS, 1f, 2f);
        Parameter a = param(ParameterGroup.ACTIVATION, 3f, 4f);
        Adam adam = new Adam(List.of(w, a), false);
        adam.group(ParameterGroup.ACTIVATION).frozen(true);
        w.grad()[0] = 0.5f;
        a.grad()[0] = 0.5f;
        adam.step(new LearningRates(0.1, 0.1));
        assertArrayEquals(new float[] {3f, 4f}, a.value());
        assertNotEquals(1f, w.value()[0]);
        adam.group(ParameterGroup.ACTIVATION).frozen(false);
        adam.step(new LearningRates(0.1, 0.1));
        assertNotEquals(3f, a.value()[0]);
    }

    @Test
    void adamFirstStepMovesByLearningRate() {
        Parameter w = param(ParameterGroup.WEIGHTS, 1f);
        Adam adam = new Adam(List.of(w), false);
        w.grad()[0] = 123f;
        adam.step(new LearningRates(0.01, 0.01));
        assertEquals(0.99f, w.value()[0], 1e-6f);
    }

    @Test
    void activationGroupHasItsOwnLearningRate() {
        Parameter w = param(ParameterGroup.WEIGHTS, 0f);
        Parameter a = param(ParameterGroup.ACTIVATION, 0f);
        Sgd sgd = new Sgd(List.of(w, a), 0, false);
        sgd.group(ParameterGroup.ACTIVATION).lrMultiplier(10);
        w.grad()[0] = 1f;
        a.grad()[0] = 1f;
        sgd.step(new LearningRates(0.01, 0.01));
        assertEquals(-0.01f, w.value()[0], 1e-7f);
        assertEquals(-0.1f, a.value()[0], 1e-7f);
    }

    @Test
    void nesterovMomentumMatchesPyTorch() {
        // torch.optim.SGD([p], lr=0.1, momentum=0.9, nesterov=True), grad 1 twice: p = -0.19, then -0.361-0.19
        Parameter w = param(ParameterGroup.WEIGHTS, 0f);
        Sgd sgd = new Sgd(List.of(w), 0.9, true);
        w.grad()[0] = 1f;
        sgd.step(new LearningRates(0.1, 0.1));
        assertEquals(-0.19f, w.value()[0], 1e-6f);
        sgd.step(new LearningRates(0.1, 0.1));
        assertEquals(-0.19f - 0.271f, w.value()[0], 1e-6f);
    }

    @Test
    void adamWDecaysWeightsDirectly() {
        Parameter w = param(ParameterGroup.WEIGHTS, 2f);
        Adam adamw = new Adam(List.of(w), true);
        adamw.group(ParameterGroup.WEIGHTS).weightDecay(0.5);
        adamw.step(new LearningRates(0.1, 0.1)); // zero gradient: only the decay acts, 2 · (1 − 0.1·0.5)
        assertEquals(1.9f, w.value()[0], 1e-6f);
    }

    @Test
    void clippingBoundsTheGlobalNorm() {
        Parameter w = param(ParameterGroup.WEIGHTS, 0f, 0f);
        Sgd sgd = new Sgd(List.of(w), 0, false);
        w.grad()[0] = 3f;
        w.grad()[1] = 4f;
        assertEquals(5.0, sgd.clipGradientNorm(1.0), 1e-9);
        assertEquals(0.6f, w.grad()[0], 1e-6f);
        assertEquals(0.8f, w.grad()[1], 1e-6f);
    }
}
