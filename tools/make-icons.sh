#!/usr/bin/env bash
# Renders the app icon from its SVG sources (assets/icon/activation-workbench.svg, and the -small cut drawn with
# bolder strokes for 16-32 px) into the PNGs, the Windows .ico and the macOS .icns that the window and the
# installers use. Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/../assets/icon"
name=activation-workbench
for s in 16 24 32; do rsvg-convert -w $s -h $s $name-small.svg -o $name-$s.png; done
for s in 48 64 128 256 512; do rsvg-convert -w $s -h $s $name.svg -o $name-$s.png; done
convert $name-16.png $name-24.png $name-32.png $name-48.png $name-64.png $name-128.png $name-256.png $name.ico
png2icns $name.icns $name-16.png $name-32.png $name-48.png $name-128.png $name-256.png $name-512.png >/dev/null
ls -l $name*
