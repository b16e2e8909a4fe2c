"""The peer to beat: the same MLP and activation families trained with PyTorch (CPU, eager mode).

Setup (Debian): apt-get install -y python3-torch dataset-fashion-mnist
Run:            /usr/bin/python3 bench/torch_peer.py [--threads 2] [--batch 128] [--hidden 256,256] [--seconds 8]
                [--families relu,bspline,...] [--data /usr/share/datasets/fashion-mnist]
Prints one tab-separated line per family: family, samples_per_second, final_loss — the same format as
the project's `bench` command, so the two can be compared line by line in one run on one machine.
Families follow docs/families.md (default options, default sharing).
"""
import argparse, gzip, math, time
import numpy as np, torch, torch.nn as nn, torch.nn.functional as F


def read_idx(path):
    with gzip.open(path) as f:
        data = f.read()
    ndim = data[3]
    dims = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], 'big') for i in range(ndim)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


class BSpline(nn.Module):  # per neuron, K knots on [lo, hi], relu init
    def __init__(self, units, knots=21, lo=-3.0, hi=3.0):
        super().__init__()
        self.lo, self.hi, self.k, self.h = lo, hi, knots, (hi - lo) / (knots - 1)
        self.c = nn.Parameter(torch.relu(torch.linspace(lo, hi, knots)).repeat(units, 1))

    def forward(self, x):
        t = (x.clamp(self.lo, self.hi) - self.lo) / self.h
        i = t.detach().floor().clamp(0, self.k - 2).long()
        u = t - i
        c = self.c.unsqueeze(0).expand(x.shape[0], -1, -1)
        c0 = torch.gather(c, 2, i.unsqueeze(2)).squeeze(2)
        c1 = torch.gather(c, 2, (i + 1).unsqueeze(2)).squeeze(2)
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


class Hermite(nn.Module):  # per layer, degree 3, He_k/k! basis
    def __init__(self, units, n=3):
        super().__init__()
        a = torch.full((n + 1,), math.exp(-0.5))
        a[0] = math.exp(-0.5) * math.sqrt(1 - 1 / math.factorial(n))
        self.a, self.n = nn.Parameter(a), n

    def forward(self, x):
        h0, h1 = torch.ones_like(x), x
        y = self.a[0] + self.a[1] * x
        for k in range(2, self.n + 1):
            h0, h1 = h1, x * h1 - (k - 1) * h0
            y = y + self.a[k] * h1 / math.factorial(k)
        return y


class Fourier(nn.Module):  # per layer, degree 5
    def __init__(self, units, n=5):
        super().__init__()
        c0 = 0.66232645879
        self.n = n
        self.a0 = nn.Parameter(torch.tensor(c0 * math.sqrt(1 - 1 / math.factorial(n) ** 2)))
        self.c = nn.Parameter(torch.full((n,), c0))
        self.w = nn.Parameter(torch.arange(1, n + 1, dtype=torch.float32))
        self.phi = nn.Parameter(torch.full((n,), math.pi / 4))
        self.register_buffer('inv_fact', torch.tensor([1 / math.factorial(k) for k in range(1, n + 1)]))

    def forward(self, x):
        z = x.unsqueeze(-1) * self.w - self.phi
        return self.a0 + (torch.cos(z) * (self.c * self.inv_fact)).sum(-1)


class Tropical(nn.Module):  # per layer, degree 5
    def __init__(self, units, n=5):
        super().__init__()
        self.c, self.n = nn.Parameter(torch.ones(n + 1)), n
        self.register_buffer('k', torch.arange(0, n + 1, dtype=torch.float32))

    def forward(self, x):
        return math.sqrt(2) / self.n * (x.unsqueeze(-1) * self.k + self.c).max(-1).values


class Slaf(nn.Module):  # per layer, degree 3, identity init
    def __init__(self, units, d=3):
        super().__init__()
        a = torch.zeros(d + 1)
        a[1] = 1.0
        self.a, self.d = nn.Parameter(a), d

    def forward(self, x):
        y, p = self.a[0] + self.a[1] * x, x
        for k in range(2, self.d + 1):
            p = p * x
            y = y + self.a[k] * p
        return y


class Rational(nn.Module):  # per layer, PAU 5/4 safe form
    def __init__(self, units):
        super().__init__()
        self.a = nn.Parameter(torch.tensor([0.0335584, 0.505000, 1.653439, 2.010011, 0.931902, 0.152424]))
        self.b = nn.Parameter(torch.tensor([3.308e-6, 3.980216, 5.125e-7, 0.301830]))

    def forward(self, x):
        p = self.a[5]
        for j in range(4, -1, -1):
            p = p * x + self.a[j]
        ax, q, pw = x.abs(), 1.0, 1.0
        for k in range(4):
            pw = pw * ax
            q = q + self.b[k].abs() * pw
        return p / q


class PReLU(nn.Module):
    def __init__(self, units):
        super().__init__()
        self.m = nn.PReLU(1, 0.25)

    def forward(self, x):
        return self.m(x)


FAMILIES = {'relu': lambda n: nn.ReLU(), 'gelu': lambda n: nn.GELU(), 'prelu': PReLU, 'dyn': Dyn,
            'bspline': BSpline, 'hermite': Hermite, 'fourier': Fourier, 'tropical': Tropical,
            'slaf': Slaf, 'rational': Rational}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--batch', type=int, default=128)
    ap.add_argument('--hidden', default='256,256')
    ap.add_argument('--seconds', type=float, default=8)
    ap.add_argument('--families', default=','.join(FAMILIES))
    ap.add_argument('--data', default='/usr/share/datasets/fashion-mnist')
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    X = torch.tensor(read_idx(a.data + '/train-images-idx3-ubyte.gz').reshape(-1, 784), dtype=torch.float32) / 255.0
    Y = torch.tensor(read_idx(a.data + '/train-labels-idx1-ubyte.gz').astype(np.int64))
    X = (X - X.mean()) / X.std()
    hidden = [int(h) for h in a.hidden.split(',')]
    print(f'blas\ttorch {torch.__version__}\tthreads {torch.get_num_threads()}')
    for name in a.families.split(','):
        layers, fan_in = [], X.shape[1]
        for h in hidden:
            layers += [nn.Linear(fan_in, h), FAMILIES[name](h)]
            fan_in = h
        model = nn.Sequential(*layers, nn.Linear(fan_in, 10))
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
        print(f'{name}\t{seen / (time.perf_counter() - start):.0f}\t{loss.item():.4f}')


if __name__ == '__main__':
    main()
