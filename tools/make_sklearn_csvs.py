#!/usr/bin/env python3
"""Converts scikit-learn's bundled toy datasets (Debian package python3-sklearn) into plain CSV files
with ordinary headers, target column last, under sample-data/. Standard library only.

    python3 tools/make_sklearn_csvs.py [SKLEARN_DATA_DIR] [OUT_DIR]
"""
import csv
import gzip
import os
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/python3/dist-packages/sklearn/datasets/data"
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "sample-data")

BREAST_BASE = ["radius", "texture", "perimeter", "area", "smoothness", "compactness", "concavity",
               "concave_points", "symmetry", "fractal_dimension"]


def sklearn_csv(name):
    """Rows of sklearn's own format: a first line "n_samples,n_features,class names...", then numbers."""
    with open(os.path.join(SRC, name), newline="") as f:
        rows = list(csv.reader(f))
    head = rows[0]
    n, k = int(head[0]), int(head[1])
    data = rows[1:]
    assert len(data) == n and all(len(r) == k + 1 for r in data), name
    return head[2:], data


def write(name, header, rows):
    with open(os.path.join(OUT, name), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    print(f"{name}: {len(rows)} rows, {len(header) - 1} features")


def classified(classes, data):
    """Replaces the integer class (last field) with its name."""
    return [r[:-1] + [classes[int(r[-1])]] for r in data]


def main():
    classes, data = sklearn_csv("iris.csv")
    write("iris.csv", ["sepal_length", "sepal_width", "petal_length", "petal_width", "species"],
          classified(classes, data))

    classes, data = sklearn_csv("wine_data.csv")
    write("wine.csv", ["alcohol", "malic_acid", "ash", "alcalinity_of_ash", "magnesium", "total_phenols",
                       "flavanoids", "nonflavanoid_phenols", "proanthocyanins", "color_intensity", "hue",
                       "od280_od315_of_diluted_wines", "proline", "class"],
          classified(classes, data))

    classes, data = sklearn_csv("breast_cancer.csv")
    header = ([f"mean_{b}" for b in BREAST_BASE] + [f"{b}_error" for b in BREAST_BASE]
              + [f"worst_{b}" for b in BREAST_BASE] + ["diagnosis"])
    write("breast-cancer.csv", header, classified(classes, data))

    with gzip.open(os.path.join(SRC, "diabetes_data_raw.csv.gz"), "rt") as f:
        x = [line.split() for line in f if line.strip()]
    with gzip.open(os.path.join(SRC, "diabetes_target.csv.gz"), "rt") as f:
        y = [float(line) for line in f if line.strip()]
    assert len(x) == len(y) == 442
    rows = [r + [str(int(t)) if t == int(t) else repr(t)] for r, t in zip(x, y)]
    write("diabetes.csv", ["age", "sex", "bmi", "bp", "s1_tc", "s2_ldl", "s3_hdl", "s4_tch", "s5_ltg", "s6_glu",
                           "progression"], rows)

    with gzip.open(os.path.join(SRC, "digits.csv.gz"), "rt") as f:
        data = [r for r in csv.reader(f) if r]
    assert len(data) == 1797 and all(len(r) == 65 for r in data)
    rows = [[str(int(float(v))) for v in r] for r in data]
    write("digits.csv", [f"pixel_{i // 8}_{i % 8}" for i in range(64)] + ["digit"], rows)


if __name__ == "__main__":
    main()
