package org.activationworkbench.export;

import org.activationworkbench.io.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.DynActivation;
import org.activationworkbench.activation.FixedActivation;
import org.activationworkbench.activation.FourierActivation;
import org.activationworkbench.activation.HermiteActivation;
import org.activationworkbench.activation.Torchortho;
import org.activationworkbench.activation.TropicalActivation;
import org.activationworkbench.experiment.SavedModel;
import org.activationworkbench.nn.Architecture;

/**
 * A self-contained PyTorch module (.py) of a trained network: one class per activation family written exactly
 * as shared/spec/families.md defines it (parameters of shape vectors × P: one row for layer sharing, one per
 * unit for neuron sharing), the network as Linear layers and those activations, and the learned values:
 * activation parameters as readable literals, weights as base64 float32 (bit-exact and compact).
 * {@code Net().forward} takes standardised inputs; {@code Net().predict} standardises raw ones first.
 */
public final class PyTorchExport {

    private PyTorchExport() {
    }

    public static void write(SavedModel m, Path out) throws IOException {
        AtomicFiles.writeString(out, source(m));
    }

    public static String source(SavedModel m) {
        if (!m.hasConvWeights()) {
            throw new IllegalArgumentException("the model of " + m.dataset() + " was saved by an older version that did "
                    + "not keep the weights of its conv layers; train it again to export a PyTorch module");
        }
        Activation a = ActivationRegistry.create(m.config().activation());
        int convBlocks = m.conv().size();
        StringBuilder sb = new StringBuilder();
        sb.append("\"\"\"Activation Workbench export: ").append(a.displayName()).append(" on ").append(m.dataset())
                .append(".\n\nNetwork ").append(m.inputs());
        for (SavedModel.Conv c : m.conv()) sb.append(" conv").append(c.out()).append(" pool");
        int[] hidden = m.hidden();
        if (m.architecture().block() == Architecture.Block.RESIDUAL) {
            sb.append('-').append(hidden[0]).append('×').append(hidden.length);
        } else {
            for (int h : hidden) sb.append('-').append(h);
        }
        sb.append('-').append(m.outputs());
        if (!m.architecture().classic()) sb.append(", ").append(m.architecture().description());
        sb.append(" (").append(m.task()).append("), seed ")
                .append(m.config().training().seed()).append(".\n")
                .append("Activation options: ").append(m.config().activation().family()).append(' ')
                .append(m.config().activation().optionsText()).append(".\n")
                .append("Usage:  net = Net();  y = net.predict(raw_x)   # or net(x_standardised)\n")
                .append("Classification outputs are logits (apply softmax for probabilities).\n\"\"\"\n");
        sb.append(FAMILIES);
        sb.append("\n\n# ---- the trained network ------------------------------------------------------------\n\n");
        sb.append("def _floats(b64, *shape):\n")
          .append("    return torch.frombuffer(bytearray(base64.b64decode(b64)), dtype=torch.float32).clone().reshape(*shape)\n\n\n");
        sb.append("def make_activation(params, grid):\n    return ").append(constructor(a, "params")).append("\n\n\n");
        sb.append("# learned activation parameters per activation layer (conv blocks first, then hidden layers): rows = ")
                .append("vectors (1 for layer sharing), columns = ").append(a.parameterNames()).append('\n');
        sb.append("ACTIVATION_PARAMS = [\n");
        for (SavedModel.ActivationParams ap : m.activations()) {
            int vectors = ap.sharing() == org.activationworkbench.activation.Sharing.NEURON ? ap.units() : 1;
            int p = ap.params().length / vectors;
            int rows = p == 0 ? 0 : vectors;
            sb.append("    [  # ").append(ap.layer() < convBlocks ? "conv block " + (ap.layer() + 1)
                    : "hidden layer " + (ap.layer() - convBlocks + 1)).append(", ").append(ap.sharing().label())
                    .append(" sharing\n");
            for (int r = 0; r < rows; r++) {
                sb.append("        [");
                for (int i = 0; i < p; i++) sb.append(i > 0 ? ", " : "").append(exact(ap.params()[r * p + i]));
                sb.append("],\n");
            }
            sb.append("    ],\n");
        }
        sb.append("]\n\n");
        sb.append("# each activation layer's knot grid [lo, hi] (splines only; None: the family's)\nACTIVATION_GRIDS = [");
        for (SavedModel.ActivationParams ap : m.activations()) {
            double[] g = ap.grid();
            sb.append(g == null ? "None" : "[" + exact(g[0]) + ", " + exact(g[1]) + "]").append(", ");
        }
        sb.append("]\n\n");
        sb.append("INPUTS = ").append(m.inputs()).append('\n');
        sb.append("MEAN = ").append(list(m.standardisation().mean())).append('\n');
        sb.append("STD = ").append(list(m.standardisation().std())).append('\n');
        sb.append("# conv 3x3 layers (height, width, in, out, weights, bias): weights in the workbench's layout, ")
                .append("(ky, kx, in) x out, row-major, float32 little-endian, base64\n");
        sb.append("CONV = [\n");
        for (SavedModel.Conv c : m.conv()) {
            sb.append("    (").append(c.height()).append(", ").append(c.width()).append(", ").append(c.in()).append(", ")
                    .append(c.out()).append(",\n     \"").append(base64(c.weights())).append("\",\n     \"")
                    .append(base64(c.bias())).append("\"),\n");
        }
        sb.append("]\n");
        sb.append("# weights in the workbench's layout (in x out, row-major), float32 little-endian, base64\n");
        sb.append("WEIGHTS = [\n");
        for (SavedModel.Dense d : m.dense()) {
            sb.append("    (\"").append(base64(d.weights())).append("\",\n     \"").append(base64(d.bias())).append("\"),\n");
        }
        sb.append("]\n");
        boolean formulas = FormulaTorch.any(m);
        if (formulas) sb.append("\n\n").append(FormulaTorch.source(m, convBlocks));
        String net = PyTorchArchitecture.source(m);
        sb.append(formulas ? net.replace(FormulaTorch.BUILD, FormulaTorch.BUILD_WITH_FORMULAS) : net);
        return sb.toString();
    }

    /** The Python expression building this family's module from a parameter list-of-lists. */
    static String constructor(Activation a, String params) {
        return switch (a.family()) {
            case "prelu" -> "PReLU(" + params + ")";
            case "dyn" -> "Dyn(" + params + ", base=\"" + ((DynActivation) a).base().label() + "\")";
            case "bspline" -> {
                double[] r = a.workingRange();
                // each layer's own grid (--grid follow moves it); the family's when none was saved
                yield "BSpline(" + params + ", lo=grid[0] if grid else " + exact(r[0]) + ", hi=grid[1] if grid else "
                        + exact(r[1]) + ")";
            }
            case "hermite" -> "Hermite(" + params + versionArgument(((HermiteActivation) a).version()) + ")";
            case "fourier" -> "Fourier(" + params + versionArgument(((FourierActivation) a).version()) + ")";
            case "tropical" -> "Tropical(" + params + versionArgument(((TropicalActivation) a).version()) + ")";
            case "slaf" -> "Slaf(" + params + ")";
            case "rational" -> "Rational(" + params + ")";
            default -> "Fixed(\"" + ((FixedActivation) a).baseline().label() + "\")";
        };
    }

    /** Nothing for the default parameterisation, so exports of 0.1.2 networks read as they always did. */
    private static String versionArgument(Torchortho version) {
        return version == Torchortho.V0_1_2 ? "" : ", torchortho=\"" + version.label() + "\"";
    }

    /** Decimal text of a float32 value that Python's float() reads as exactly that value. */
    private static String exact(double v) {
        return Double.toString(v).replace("E", "e");
    }

    private static String list(double[] v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) sb.append(i > 0 ? ", " : "").append(exact(v[i]));
        return sb.append(']').toString();
    }

    static String base64(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : v) b.putFloat(f);
        return Base64.getEncoder().encodeToString(b.array());
    }

    static final List<String> FAMILY_CLASSES = List.of("Fixed", "PReLU", "Dyn", "BSpline", "Hermite", "Fourier",
            "Tropical", "Slaf", "Rational");

    private static final String FAMILIES = """

            import base64
            import math

            import torch
            from torch import nn
            import torch.nn.functional as F


            # ---- activation families, as in shared/spec/families.md -------------------------------------
            # Each learnable module holds `p` of shape (vectors, P): one row shared by every unit of the layer
            # (layer sharing) or one row per unit (neuron sharing). Inputs are (batch, units).

            BASES = {
                "identity": lambda x: x,
                "relu": F.relu,
                "leaky_relu": lambda x: F.leaky_relu(x, 0.01),
                "elu": F.elu,
                "tanh": torch.tanh,
                "sigmoid": torch.sigmoid,
                "softplus": lambda x: torch.clamp(x, min=0) + torch.log1p(torch.exp(-torch.abs(x))),
                "gelu": lambda x: F.gelu(x, approximate="none"),
                "silu": F.silu,
                "mish": F.mish,
            }


            class Fixed(nn.Module):
                \"""A fixed baseline (no parameters).\"""

                def __init__(self, name):
                    super().__init__()
                    self.name = name

                def forward(self, x):
                    return BASES[self.name](x)


            class _Learnable(nn.Module):
                def __init__(self, params):
                    super().__init__()
                    self.p = nn.Parameter(torch.tensor(params, dtype=torch.float32))

                def col(self, k):
                    \"""Parameter k for every unit: shape (vectors,), broadcasting over (batch, units).\"""
                    return self.p[:, k]


            class PReLU(_Learnable):
                \"""f(x) = max(0, x) + a·min(0, x); p = [a].\"""

                def forward(self, x):
                    return torch.clamp(x, min=0) + self.col(0) * torch.clamp(x, max=0)


            class Dyn(_Learnable):
                \"""dynActivation: f(x) = B(x)·(α − β) + β·x; p = [α, β].\"""

                def __init__(self, params, base="relu"):
                    super().__init__(params)
                    self.base = base

                def forward(self, x):
                    alpha, beta = self.col(0), self.col(1)
                    return BASES[self.base](x) * (alpha - beta) + beta * x


            class BSpline(_Learnable):
                \"""Degree-1 B-spline: K control points c_j = f(t_j) on a uniform grid over [lo, hi], linear outside.\"""

                def __init__(self, params, lo=-3.0, hi=3.0):
                    super().__init__(params)
                    self.lo, self.hi = lo, hi
                    self.k = self.p.shape[1]
                    self.h = (hi - lo) / (self.k - 1)

                def forward(self, x):
                    t = (x - self.lo) / self.h
                    i = torch.clamp(torch.floor(t), 0, self.k - 2)
                    u = t - i
                    i = i.long()
                    if self.p.shape[0] == 1:
                        c0, c1 = self.p[0][i], self.p[0][i + 1]
                    else:
                        c = self.p.unsqueeze(0).expand(x.shape[0], -1, -1)
                        c0 = torch.gather(c, 2, i.unsqueeze(-1)).squeeze(-1)
                        c1 = torch.gather(c, 2, (i + 1).unsqueeze(-1)).squeeze(-1)
                    return c0 * (1 - u) + c1 * u


            class Hermite(_Learnable):
                \"""f(x) = Σ_{k=0..n} a_k·He_k(x)/k! (probabilists' Hermite; torchortho 0.1.2) or Σ a_k·He_k(x)/√k!
                (0.1.1); p = [a_0 … a_n].\"""

                def __init__(self, params, torchortho="0.1.2"):
                    super().__init__(params)
                    self.root = torchortho == "0.1.1"

                def forward(self, x):
                    n = self.p.shape[1] - 1
                    prev, he = torch.ones_like(x), x
                    f = self.col(0) * prev + self.col(1) * he
                    for k in range(1, n):
                        prev, he = he, x * he - k * prev
                        d = math.factorial(k + 1)
                        f = f + self.col(k + 1) * he / (math.sqrt(d) if self.root else d)
                    return f


            class Fourier(_Learnable):
                \"""f(x) = a_0 + Σ_k c_k·cos(ω_k·x − φ_k)/k! (torchortho 0.1.2; 0.1.1 has no 1/k!);
                p = [a_0, c_1…c_n, ω_1…ω_n, φ_1…φ_n].\"""

                def __init__(self, params, torchortho="0.1.2"):
                    super().__init__(params)
                    self.factorials = torchortho != "0.1.1"

                def forward(self, x):
                    n = (self.p.shape[1] - 1) // 3
                    f = self.col(0) + torch.zeros_like(x)
                    for k in range(1, n + 1):
                        d = math.factorial(k) if self.factorials else 1
                        f = f + self.col(k) * torch.cos(self.col(n + k) * x - self.col(2 * n + k)) / d
                    return f


            class Tropical(_Learnable):
                \"""f(x) = (√2/n)·max_k (k·x + c_k) (torchortho 0.1.2; 0.1.1 has no √2/n); p = [c_0 … c_n].\"""

                def __init__(self, params, torchortho="0.1.2"):
                    super().__init__(params)
                    self.gain = torchortho != "0.1.1"

                def forward(self, x):
                    n = self.p.shape[1] - 1
                    lines = torch.stack([k * x + self.col(k) for k in range(n + 1)], dim=-1)
                    return (math.sqrt(2) / n if self.gain else 1.0) * lines.max(dim=-1).values


            class Slaf(_Learnable):
                \"""f(x) = Σ_{k=0..d} a_k·x^k; p = [a_0 … a_d].\"""

                def forward(self, x):
                    d = self.p.shape[1] - 1
                    f = self.col(d) + torch.zeros_like(x)
                    for k in range(d - 1, -1, -1):
                        f = f * x + self.col(k)
                    return f


            class Rational(_Learnable):
                \"""Safe Padé unit: P(x)/Q(x), P = Σ_{j≤5} a_j x^j, Q = 1 + Σ_{k≤4} |b_k|·|x|^k; p = [a_0…a_5, b_1…b_4].\"""

                def forward(self, x):
                    num = self.col(5) + torch.zeros_like(x)
                    for j in range(4, -1, -1):
                        num = num * x + self.col(j)
                    ax = torch.abs(x)
                    den = torch.abs(self.col(9)) * ax
                    for k in range(8, 5, -1):
                        den = (den + torch.abs(self.col(k))) * ax
                    return num / (1 + den)
            """;
}
