package org.activationworkbench.core;

import java.util.Locale;

/**
 * How much of Java's heap is left, checked before a large allocation so that data too big for the memory is
 * refused with a sentence saying what was too big and what to do, instead of an OutOfMemoryError part-way.
 */
public final class MemoryBudget {

    private MemoryBudget() {
    }

    /** Bytes the heap can still give: its limit minus what is in use (garbage included, so a lower bound). */
    public static long available() {
        Runtime r = Runtime.getRuntime();
        return r.maxMemory() - (r.totalMemory() - r.freeMemory());
    }

    /** True when {@code bytes} fit in the heap now (after collecting garbage, if that is what it takes). */
    public static boolean fits(long bytes) {
        if (bytes <= available()) return true;
        System.gc();
        return bytes <= available();
    }

    /**
     * Null when {@code bytes} fit, else what is missing and what to do: "need 1.2 GB but Java has 0.4 GB free of its
     * 1.0 GB heap; give Java more memory (java -Xmx4g -jar …)".
     */
    public static String shortfall(long bytes) {
        if (fits(bytes)) return null;
        return "need " + size(bytes) + " but Java has " + size(Math.max(0, available())) + " free of its "
                + size(Runtime.getRuntime().maxMemory()) + " heap; give Java more memory (java -Xmx"
                + suggestedGigabytes(bytes) + "g -jar …)";
    }

    /**
     * Throws unless {@code bytes} fit.
     *
     * @param what what needs them, starting the message ("the network 784-40000-40000-10")
     * @param todo what else the user can do, appended ("; use smaller --hidden widths")
     * @throws IllegalArgumentException "WHAT need 1.2 GB but Java has … (java -Xmx4g -jar …)TODO"
     */
    public static void require(long bytes, String what, String todo) {
        String missing = shortfall(bytes);
        if (missing != null) throw new IllegalArgumentException(what + " " + missing + todo);
    }

    /** "…: out of memory (Java's heap is 1.0 GB) reading THAT; give Java more memory (java -Xmx4g -jar …)". */
    public static String tooLarge(String what) {
        long max = Runtime.getRuntime().maxMemory();
        return "out of memory (Java's heap is " + size(max) + ") holding " + what + "; give Java more memory (java -Xmx"
                + suggestedGigabytes(2 * max) + "g -jar …)";
    }

    /** "340 MB", "1.2 GB". */
    public static String size(long bytes) {
        if (bytes >= 1L << 30) return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        return String.format(Locale.ROOT, "%d MB", Math.max(1, Math.round(bytes / (double) (1L << 20))));
    }

    private static long suggestedGigabytes(long bytes) {
        long used = Runtime.getRuntime().maxMemory() - available();
        return Math.max(2, (long) Math.ceil((bytes + used) * 1.5 / (1L << 30)));
    }
}
