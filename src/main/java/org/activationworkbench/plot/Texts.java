package org.activationworkbench.plot;

/** Fitting text into a width. */
final class Texts {

    private Texts() {
    }

    /** {@code s} itself when it fits, else its longest prefix that fits followed by "…", else "". */
    static String ellipsize(Painter p, String s, double width) {
        if (p.textWidth(s) <= width) {
            return s;
        }
        int lo = 0, hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (p.textWidth(s.substring(0, mid) + "…") <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "" : s.substring(0, lo).stripTrailing() + "…";
    }
}
