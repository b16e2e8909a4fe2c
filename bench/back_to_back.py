"""Runs the workbench's `bench` and a PyTorch peer back to back, several rounds, and prints their ratios with spread.

Single runs on a shared 2-core machine vary by 10-30 %, so one pair says little. Each round runs both sides once on
the same families (the side that goes first alternates), and the table gives, per family, each side's mean ± sd of
samples/s over the rounds, and the ratio of the means with the lowest and highest per-round ratio.

Run from the repository root after `mvn -B package`:
    /usr/bin/python3 bench/back_to_back.py --rounds 3 --seconds 8 --threads 2 --families relu,gelu,bspline
    /usr/bin/python3 bench/back_to_back.py --cnn --families cnn-relu,cnn-bspline
Only the standard library is needed here; the peers need python3-torch and dataset-fashion-mnist.
"""
import argparse, os, statistics, subprocess, sys, time


def run(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit("failed: " + " ".join(cmd) + "\n" + out.stderr)
    rates = {}
    for line in out.stdout.splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[0] != "blas":
            rates[parts[0]] = float(parts[1])
    return rates


def load():
    return os.getloadavg()[0]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--families", default="relu,gelu,prelu,dyn,bspline,hermite,fourier,tropical,slaf,rational")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--seconds", type=float, default=8)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--cnn", action="store_true", help="compare against bench/torch_peer_cnn.py")
    p.add_argument("--jar", default="target/activation-workbench.jar")
    a = p.parse_args()
    fams = a.families.split(",")
    peer_fams = [f[4:] if f.startswith("cnn-") else f for f in fams] if a.cnn else fams
    workbench = ["java", "-jar", a.jar, "bench", "--families", a.families, "--seconds", str(a.seconds),
                 "--threads", str(a.threads)]
    peer = ["/usr/bin/python3", "bench/torch_peer_cnn.py" if a.cnn else "bench/torch_peer.py", "--families",
            ",".join(peer_fams), "--seconds", str(a.seconds), "--threads", str(a.threads)]
    ours = {f: [] for f in fams}
    theirs = {f: [] for f in fams}
    loads = []
    for r in range(a.rounds):
        loads.append(load())
        order = [("w", workbench), ("p", peer)] if r % 2 == 0 else [("p", peer), ("w", workbench)]
        for side, cmd in order:
            got = run(cmd)
            for f, pf in zip(fams, peer_fams):
                key = f if f in got else pf  # the CNN peer names its lines either way
                if key in got:
                    (ours if side == "w" else theirs)[f].append(got[key])
        print(f"round {r + 1} of {a.rounds} done at {time.strftime('%H:%M:%S')}, load {load():.2f}: "
              + ", ".join(f"{f} {ours[f][-1]:,.0f} vs {theirs[f][-1]:,.0f}" for f in fams if ours[f] and theirs[f]),
              file=sys.stderr)
    loads.append(load())

    def pm(v):
        return f"{statistics.mean(v):,.0f} ± {statistics.stdev(v):,.0f}" if len(v) > 1 else f"{v[0]:,.0f}"

    print(f"samples/s, mean ± sd over n = {a.rounds} rounds ({a.seconds:g} s per line, {a.threads} threads); "
          f"load average (1 min) {min(loads):.2f}-{max(loads):.2f} at round boundaries")
    print(f"{'family':<14}{'workbench':>18}{'PyTorch':>18}{'ratio':>8}  per-round ratios")
    for f in fams:
        w, t = ours[f], theirs[f]
        if not w or not t:
            print(f"{f:<14}{'missing':>18}")
            continue
        per_round = [x / y for x, y in zip(w, t)]
        print(f"{f:<14}{pm(w):>18}{pm(t):>18}{statistics.mean(w) / statistics.mean(t):>7.1f}×  "
              f"{min(per_round):.1f}-{max(per_round):.1f}×")


if __name__ == "__main__":
    main()
