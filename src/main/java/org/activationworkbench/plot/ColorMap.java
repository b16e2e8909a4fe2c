package org.activationworkbench.plot;

/** Viridis (perceptually uniform, colour-blind safe, prints in grey), by linear interpolation of 9 stops. */
final class ColorMap {

    private static final int[] STOPS = {0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962,
        0xaddc30, 0xfde725};

    private ColorMap() {
    }

    /** The colour at t in [0, 1] (clamped; NaN gives light grey). */
    static Rgba viridis(double t) {
        if (Double.isNaN(t)) return Rgba.hex("#dddddd");
        double s = Math.max(0, Math.min(1, t)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) s);
        double f = s - i;
        int a = STOPS[i], b = STOPS[i + 1];
        return new Rgba(lerp(a >> 16, b >> 16, f), lerp((a >> 8) & 0xff, (b >> 8) & 0xff, f), lerp(a & 0xff, b & 0xff, f), 1);
    }

    private static int lerp(int a, int b, double f) {
        return (int) Math.round((a & 0xff) + ((b & 0xff) - (a & 0xff)) * f);
    }
}
