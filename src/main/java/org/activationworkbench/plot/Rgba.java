package org.activationworkbench.plot;

/** A colour with opacity: r, g, b in 0..255, alpha in 0..1. */
public record Rgba(int r, int g, int b, double alpha) {

    public Rgba {
        if ((r | g | b) < 0 || r > 255 || g > 255 || b > 255 || !(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("colour out of range: " + r + "," + g + "," + b + "," + alpha);
        }
    }

    /** From "#rrggbb". */
    public static Rgba hex(String hex) {
        int v = Integer.parseInt(hex.startsWith("#") ? hex.substring(1) : hex, 16);
        return new Rgba((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff, 1.0);
    }

    public Rgba withAlpha(double a) {
        return new Rgba(r, g, b, a);
    }

    /** Mixes towards {@code other} by t in 0..1 (opaque result alpha kept from this colour). */
    public Rgba mix(Rgba other, double t) {
        return new Rgba((int) Math.round(r + (other.r - r) * t), (int) Math.round(g + (other.g - g) * t),
                (int) Math.round(b + (other.b - b) * t), alpha);
    }

    /** "#rrggbb", without alpha (SVG takes opacity separately). */
    public String hexRgb() {
        return String.format("#%02x%02x%02x", r, g, b);
    }
}
