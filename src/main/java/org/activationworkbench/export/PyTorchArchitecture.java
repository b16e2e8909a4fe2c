package org.activationworkbench.export;

import org.activationworkbench.core.EnumText;
import org.activationworkbench.experiment.SavedModel;
import org.activationworkbench.nn.Architecture;

/**
 * The network part of an exported module: conv blocks, then plain hidden layers or residual pre-norm blocks with
 * their LayerNorm / BatchNorm layers, as PyTorch modules with the trained values (BatchNorm's running statistics as
 * buffers). The module is put in evaluation mode, as the workbench predicts: BatchNorm then uses
 * its running statistics; call {@code net.train()} to train it further.
 */
final class PyTorchArchitecture {

    private PyTorchArchitecture() {
    }

    /** BLOCK, NORM, INNER and NORMS, then the Net class. */
    static String source(SavedModel m) {
        Architecture a = m.architecture();
        StringBuilder sb = new StringBuilder();
        sb.append("BLOCK = \"").append(EnumText.label(a.block())).append("\"\n");
        sb.append("NORM = \"").append(EnumText.label(a.norm())).append("\"\n");
        sb.append("# per norm layer in forward order: kind, then γ, β and (batch) running mean and variance, base64\n");
        sb.append("NORMS = [\n");
        for (SavedModel.NormParams n : m.norms()) {
            sb.append("    (\"").append(EnumText.label(n.kind())).append("\", \"").append(PyTorchExport.base64(n.gamma()))
                    .append("\",\n     \"").append(PyTorchExport.base64(n.beta())).append("\",\n     ")
                    .append(n.runningMean() == null ? "None" : "\"" + PyTorchExport.base64(n.runningMean()) + "\"")
                    .append(", ")
                    .append(n.runningVar() == null ? "None" : "\"" + PyTorchExport.base64(n.runningVar()) + "\"")
                    .append("),\n");
        }
        sb.append("]\n");
        sb.append("DENSE = [");
        for (SavedModel.Dense d : m.dense()) sb.append('(').append(d.in()).append(", ").append(d.out()).append("), ");
        sb.append("]\n");
        sb.append(NET);
        return sb.toString();
    }

    private static final String NET = """


            def make_norm(spec, features):
                \"""LayerNorm or BatchNorm1d (eps 1e-5, momentum 0.1) with the trained values.\"""
                kind, gamma, beta, mean, var = spec
                if kind == "layer":
                    norm = nn.LayerNorm(features, eps=1e-5)
                else:
                    norm = nn.BatchNorm1d(features, eps=1e-5, momentum=0.1)
                    norm.running_mean.copy_(_floats(mean, features))
                    norm.running_var.copy_(_floats(var, features))
                norm.weight.copy_(_floats(gamma, features))
                norm.bias.copy_(_floats(beta, features))
                return norm


            class Block(nn.Module):
                \"""Pre-norm residual block: x + W2·f(W1·norm(x)).\"""

                def __init__(self, norm, inner, act, outer):
                    super().__init__()
                    self.norm, self.inner, self.act, self.outer = norm, inner, act, outer

                def forward(self, x):
                    return x + self.outer(self.act(self.inner(self.norm(x))))


            class Net(nn.Module):
                \"""Conv blocks (conv 3x3 -> activation per channel -> max pool 2x2, channels-last as the workbench works, so
                the flattened features reach the first Linear layer in the workbench's order), then the hidden layers:
                plain (Linear -> norm -> activation) or residual (input Linear, pre-norm blocks, final norm), then the
                output Linear.\"""

                def __init__(self):
                    super().__init__()
                    acts = [make_activation(p if p else [[]], g) for p, g in zip(ACTIVATION_PARAMS, ACTIVATION_GRIDS)]
                    hidden_acts = acts[len(CONV):]
                    self.convs = nn.ModuleList(nn.Conv2d(c[2], c[3], 3, padding=1) for c in CONV)
                    self.conv_activations = nn.ModuleList(acts[:len(CONV)])
                    with torch.no_grad():
                        for conv, (h, w, cin, cout, wt, b) in zip(self.convs, CONV):
                            conv.weight.copy_(_floats(wt, 3, 3, cin, cout).permute(3, 2, 0, 1))
                            conv.bias.copy_(_floats(b, cout))
                        linears = []
                        for (a, b), (w, bias) in zip(DENSE, WEIGHTS):
                            lin = nn.Linear(a, b)
                            lin.weight.copy_(_floats(w, a, b).t())
                            lin.bias.copy_(_floats(bias, b))
                            linears.append(lin)
                        if BLOCK == "residual":
                            width = DENSE[0][1]
                            norms = [make_norm(spec, width) for spec in NORMS]
                            norms = norms or [nn.Identity() for _ in range(len(hidden_acts) + 1)]
                            self.input = linears[0]
                            self.blocks = nn.ModuleList(Block(norms[i], linears[1 + 2 * i], hidden_acts[i], linears[2 + 2 * i])
                                                        for i in range(len(hidden_acts)))
                            self.final = norms[-1]
                        else:
                            norms = [make_norm(spec, DENSE[i][1]) for i, spec in enumerate(NORMS)]
                            norms = norms or [nn.Identity() for _ in hidden_acts]
                            self.layers = nn.ModuleList(nn.Sequential(linears[i], norms[i], hidden_acts[i])
                                                        for i in range(len(hidden_acts)))
                        self.output = linears[-1]
                    self.register_buffer("mean", torch.tensor(MEAN, dtype=torch.float32))
                    self.register_buffer("std", torch.tensor(STD, dtype=torch.float32))
                    self.eval()  # BatchNorm on its running statistics, as the workbench predicts

                def forward(self, x):
                    \"""Outputs for standardised inputs (batch, INPUTS).\"""
                    if CONV:
                        x = x.reshape(x.shape[0], CONV[0][0], CONV[0][1], CONV[0][2])       # channels last
                        for conv, act in zip(self.convs, self.conv_activations):
                            x = conv(x.permute(0, 3, 1, 2)).permute(0, 2, 3, 1)             # conv in NCHW, back to NHWC
                            n, h, w, c = x.shape
                            x = act(x.reshape(-1, c)).reshape(n, h, w, c)                   # one unit per channel
                            x = F.max_pool2d(x.permute(0, 3, 1, 2), 2).permute(0, 2, 3, 1)
                        x = x.reshape(x.shape[0], -1)
                    if BLOCK == "residual":
                        x = self.input(x)
                        for block in self.blocks:
                            x = block(x)
                        x = self.final(x)
                    else:
                        for layer in self.layers:
                            x = layer(x)
                    return self.output(x)

                def predict(self, raw):
                    \"""Outputs for raw inputs: standardised with the training statistics first.\"""
                    return self.forward((raw - self.mean) / self.std)


            if __name__ == "__main__":
                net = Net()
                print(net)
                print(net(torch.zeros(1, INPUTS)))
            """;
}
