package org.activationworkbench.plot;

/** One legend key: a short line sample (solid or dashed), a dot, or a filled box, and its label. */
public record LegendEntry(String label, Kind kind, Rgba color, double width, double[] dashes) {

    public enum Kind { LINE, DOT, BOX }

    public static LegendEntry line(String label, Rgba color, double width) {
        return new LegendEntry(label, Kind.LINE, color, width, null);
    }

    public static LegendEntry dashed(String label, Rgba color, double width, double[] dashes) {
        return new LegendEntry(label, Kind.LINE, color, width, dashes);
    }

    public static LegendEntry dot(String label, Rgba color) {
        return new LegendEntry(label, Kind.DOT, color, 0, null);
    }

    public static LegendEntry box(String label, Rgba color) {
        return new LegendEntry(label, Kind.BOX, color, 0, null);
    }
}
