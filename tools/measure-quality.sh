#!/usr/bin/env bash
# The accuracy figures quoted in the README: default options unless shown, on this machine.
# Usage: bash tools/measure-quality.sh [SEEDS]   (after mvn -q package -DskipTests; SEEDS defaults to 50)
# A small table's test split is tiny (iris: 30 rows, one row = 3.3 points), so one split says little: each
# figure is the mean over SEEDS seeded, stratified splits (Monte-Carlo cross-validation). The scikit-learn
# peer (python3-sklearn) trains on exactly the same standardised rows, written by tools/SplitTables.java.
set -euo pipefail
SEEDS=${1:-50}
J="java -jar target/activation-workbench.jar"
out=$(mktemp -d)
acc() { grep -o 'test_accuracy=[0-9.]*' | cut -d= -f2; }
secs() { grep -o 'seconds=[0-9.]*' | cut -d= -f2; }
summary() { awk '{s+=$1; if(min==""||$1<min)min=$1; if($1>max)max=$1} END {printf "mean %.4f (min %.4f, max %.4f)\n", s/NR, min, max}'; }
line=$($J train --dataset fashion-mnist --family bspline --hidden 256,256 --out "$out/fm" | tail -1)
echo "fashion-mnist bspline 256,256: test accuracy $(echo "$line" | acc), $(echo "$line" | secs) s"
for d in digits iris breast-cancer wine; do
  for f in bspline relu identity; do
    for s in $(seq 0 $((SEEDS - 1))); do
      $J train --dataset "$d" --family "$f" --seed "$s" --out "$out/x" | tail -1 | acc
    done | { printf '%s %s: seeds 0-%d test accuracy ' "$d" "$f" $((SEEDS - 1)); summary; }
  done
  if /usr/bin/python3 -c 'import sklearn' 2>/dev/null; then
    java -cp target/activation-workbench.jar tools/SplitTables.java "$d" "$SEEDS" "$out/splits-$d"
    /usr/bin/python3 -W ignore tools/sklearn_peer.py "$out/splits-$d" "$SEEDS" | sed "s/^/$d /"
  fi
done
rm -rf "$out"
