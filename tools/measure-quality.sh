#!/usr/bin/env bash
# The accuracy figures quoted in the README: default options unless shown, on this machine.
# Usage: bash tools/measure-quality.sh   (after mvn -q package -DskipTests)
set -euo pipefail
J="java -jar target/activation-workbench.jar"
out=$(mktemp -d)
acc() { grep -o 'test_accuracy=[0-9.]*' | cut -d= -f2; }
secs() { grep -o 'seconds=[0-9.]*' | cut -d= -f2; }
line=$($J train --dataset fashion-mnist --family bspline --hidden 256,256 --out "$out/fm" | tail -1)
echo "fashion-mnist bspline 256,256: test accuracy $(echo "$line" | acc), $(echo "$line" | secs) s"
for d in digits iris breast-cancer wine; do
  for f in bspline relu identity; do
    accs=()
    for s in 0 1 2 3 4 5 6 7 8 9; do
      accs+=("$($J train --dataset "$d" --family "$f" --seed "$s" --out "$out/x" | tail -1 | acc)")
    done
    printf '%s %s: seeds 0-9 test accuracy ' "$d" "$f"
    printf '%s\n' "${accs[@]}" | awk '{s+=$1; if(min==""||$1<min)min=$1; if($1>max)max=$1} END {printf "mean %.4f (min %.4f, max %.4f)\n", s/NR, min, max}'
  done
done
rm -rf "$out"
