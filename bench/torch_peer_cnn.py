"""The CNN peer of `bench`'s cnn-* lines: the same small CNN trained with PyTorch (CPU, eager mode).

Same approach and output as bench/torch_peer.py (Adam 1e-3, batch 128, 20 warm-up steps, then as many
steps as fit in --seconds; one tab-separated line per family: family, samples_per_second, final_loss).
Network: [conv 3x3 same -> activation -> max pool 2x2] per --conv entry, flatten, dense --hidden with the
activation, dense to 10 logits. Activations per the project's families spec; bspline is per channel in the conv
blocks (neuron sharing: one knot vector per channel) and per unit in the dense layers.

Run: /usr/bin/python3 bench/torch_peer_cnn.py [--threads 2] [--batch 128] [--conv 16,32] [--hidden 128] [--seconds 8]
"""
import argparse, gzip, time
import numpy as np, torch, torch.nn as nn, torch.nn.functional as F


def read_idx(path):
    with gzip.open(path) as f:
        data = f.read()
    ndim = data[3]
    dims = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], 'big') for i in range(ndim)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


class BSpline(nn.Module):  # per unit (last dimension), K knots on [lo, hi], relu init (as bench/torch_peer.py)
    def __init__(self, units, knots=21, lo=-3.0, hi=3.0):
        super().__init__()
        self.lo, self.hi, self.k, self.h = lo, hi, knots, (hi - lo) / (knots - 1)
        self.c = nn.Parameter(torch.relu(torch.linspace(lo, hi, knots)).repeat(units, 1))

    def forward(self, x):
        t = (x.clamp(self.lo, self.hi) - self.lo) / self.h
        i = t.detach().floor().clamp(0, self.k - 2).long()
        u = t - i
        c = self.c.expand(*x.shape, self.k)
        c0 = torch.gather(c, -1, i.unsqueeze(-1)).squeeze(-1)
        c1 = torch.gather(c, -1, (i + 1).unsqueeze(-1)).squeeze(-1)
        y = c0 * (1 - u) + c1 * u
        left = (self.c[:, 1] - self.c[:, 0]) / self.h
        right = (self.c[:, -1] - self.c[:, -2]) / self.h
        return y + (x - self.lo).clamp(max=0) * left + (x - self.hi).clamp(min=0) * right


class Dyn(nn.Module):  # per layer, relu base
    def __init__(self, units):
        super().__init__()
        self.alpha, self.beta = nn.Parameter(torch.ones(())), nn.Parameter(torch.zeros(()))

    def forward(self, x):
        return F.relu(x) * (self.alpha - self.beta) + self.beta * x


class PerChannel(nn.Module):
    """Applies a per-unit activation to NCHW maps with the channel as the unit (what NHWC does in the workbench)."""
    def __init__(self, act):
        super().__init__()
        self.act = act

    def forward(self, x):
        return self.act(x.permute(0, 2, 3, 1)).permute(0, 3, 1, 2)


FAMILIES = {'relu': lambda n: nn.ReLU(), 'gelu': lambda n: nn.GELU(), 'dyn': Dyn, 'bspline': BSpline}


def cnn(family, conv, hidden, side=28, classes=10):
    make = FAMILIES[family]
    layers, ch = [], 1
    for c in conv:
        layers += [nn.Conv2d(ch, c, 3, padding=1), PerChannel(make(c)), nn.MaxPool2d(2)]
        ch, side = c, side // 2
    layers.append(nn.Flatten())
    fan_in = ch * side * side
    for h in hidden:
        layers += [nn.Linear(fan_in, h), make(h)]
        fan_in = h
    return nn.Sequential(*layers, nn.Linear(fan_in, classes))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--batch', type=int, default=128)
    ap.add_argument('--conv', default='16,32')
    ap.add_argument('--hidden', default='128')
    ap.add_argument('--seconds', type=float, default=8)
    ap.add_argument('--families', default='relu,bspline')
    ap.add_argument('--data', default='/usr/share/datasets/fashion-mnist')
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    X = torch.tensor(read_idx(a.data + '/train-images-idx3-ubyte.gz'), dtype=torch.float32) / 255.0
    Y = torch.tensor(read_idx(a.data + '/train-labels-idx1-ubyte.gz').astype(np.int64))
    X = ((X - X.mean()) / X.std()).unsqueeze(1)  # N x 1 x 28 x 28
    conv = [int(c) for c in a.conv.split(',')]
    hidden = [int(h) for h in a.hidden.split(',')]
    print(f'blas\ttorch {torch.__version__}\tthreads {torch.get_num_threads()}')
    for name in a.families.split(','):
        model = cnn(name, conv, hidden)
        opt = torch.optim.Adam(model.parameters(), 1e-3)
        perm, n, step, start, seen = torch.randperm(X.shape[0]), X.shape[0], 0, None, 0
        while True:
            lo = (step * a.batch) % (n - a.batch)
            idx = perm[lo:lo + a.batch]
            loss = F.cross_entropy(model(X[idx]), Y[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            step += 1
            if step == 20:
                start, seen = time.perf_counter(), 0
            elif start is not None:
                seen += a.batch
                if time.perf_counter() - start >= a.seconds:
                    break
        print(f'cnn-{name}\t{seen / (time.perf_counter() - start):.0f}\t{loss.item():.4f}')


if __name__ == '__main__':
    main()
