package org.activationworkbench.plot;

/** Maps a data interval onto a pixel interval, linearly or logarithmically, and knows its own ticks. */
public final class Scale {

    private final double lo;
    private final double hi;
    private final double p0;
    private final double p1;
    private final boolean log;

    private Scale(double lo, double hi, double p0, double p1, boolean log) {
        if (!(hi > lo)) {
            double c = Double.isFinite(lo) ? lo : 0;
            double d = Math.max(1e-9, Math.abs(c) * 1e-6);
            lo = c - d;
            hi = c + d;
        }
        this.lo = lo;
        this.hi = hi;
        this.p0 = p0;
        this.p1 = p1;
        this.log = log;
    }

    /** Data [lo, hi] onto pixels [p0, p1] (p1 &lt; p0 for a y axis pointing up). */
    public static Scale linear(double lo, double hi, double p0, double p1) {
        return new Scale(lo, hi, p0, p1, false);
    }

    /** Log10 scale; lo and hi must be positive. */
    public static Scale log(double lo, double hi, double p0, double p1) {
        if (!(lo > 0)) {
            throw new IllegalArgumentException("log scale needs positive limits, got " + lo);
        }
        return new Scale(lo, hi, p0, p1, true);
    }

    public double lo() {
        return lo;
    }

    public double hi() {
        return hi;
    }

    public boolean isLog() {
        return log;
    }

    /** Pixel position of a data value; NaN for values a log axis cannot show. */
    public double map(double v) {
        double t = log ? (v > 0 ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) : Double.NaN)
                : (v - lo) / (hi - lo);
        return p0 + t * (p1 - p0);
    }

    public boolean contains(double v) {
        return v >= lo && v <= hi;
    }

    /** Pixel length of the axis. */
    public double length() {
        return Math.abs(p1 - p0);
    }

    /** Most intervals an axis is divided into, however long: more labels only crowd a wide panel. */
    static final int MAX_TICK_INTERVALS = 8;

    /** Tick values for about one tick every {@code spacing} pixels, at most {@link #MAX_TICK_INTERVALS} intervals. */
    public double[] ticks(double spacing) {
        int target = Math.max(2, Math.min(MAX_TICK_INTERVALS, (int) Math.round(length() / spacing)));
        return log ? NiceTicks.logarithmic(lo, hi, target) : NiceTicks.linear(lo, hi, target);
    }

    /** Labels for the given ticks (from {@link #ticks}). */
    public String[] labels(double[] ticks) {
        String[] out = new String[ticks.length];
        boolean decades = log && ticks.length >= 2 && isDecade(ticks[0]) && isDecade(ticks[1]);
        double step = ticks.length >= 2 ? Math.abs(ticks[1] - ticks[0]) : NiceTicks.step(lo, hi, 4);
        for (int i = 0; i < ticks.length; i++) {
            if (decades) {
                out[i] = TickFormat.decade(ticks[i]);
            } else if (log) {   // 1-2-5 ticks on a log axis: each label needs its own precision
                out[i] = TickFormat.linear(ticks[i], Math.pow(10, Math.floor(Math.log10(ticks[i]) + 1e-9)));
            } else {
                out[i] = TickFormat.linear(ticks[i], step);
            }
        }
        return out;
    }

    private static boolean isDecade(double v) {
        double e = Math.log10(v);
        return Math.abs(e - Math.rint(e)) < 1e-9;
    }
}
