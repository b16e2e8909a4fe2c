"""Test accuracy of scikit-learn models on the splits tools/SplitTables.java wrote (the same rows `train` uses).

Usage: /usr/bin/python3 tools/sklearn_peer.py DIR SEEDS   (needs python3-sklearn)
Prints one line per model: mean, min and max test accuracy over seeds 0..SEEDS-1.
"""
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier


def load(path):
    table = np.loadtxt(path, delimiter=",", ndmin=2)
    return table[:, :-1], table[:, -1].astype(int)


def main():
    folder, seeds = sys.argv[1], int(sys.argv[2])
    models = {
        "sklearn logistic regression": lambda s: LogisticRegression(max_iter=5000),
        "sklearn MLPClassifier(32,32) relu adam": lambda s: MLPClassifier((32, 32), max_iter=2000, random_state=s),
    }
    for name, make in models.items():
        accs = []
        for s in range(seeds):
            xtr, ytr = load(f"{folder}/seed{s}_train.csv")
            xte, yte = load(f"{folder}/seed{s}_test.csv")
            accs.append(make(s).fit(xtr, ytr).score(xte, yte))
        print(f"{name}: seeds 0-{seeds - 1} test accuracy mean {np.mean(accs):.4f} "
              f"(min {np.min(accs):.4f}, max {np.max(accs):.4f})")


if __name__ == "__main__":
    main()
