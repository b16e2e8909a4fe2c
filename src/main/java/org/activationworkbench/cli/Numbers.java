package org.activationworkbench.cli;

/** Parsing of comma-separated numbers in options, with messages that name the option and the bad item. */
final class Numbers {

    private Numbers() {
    }

    static double[] parseList(String text, String option) {
        String[] parts = text.split(",", -1);
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            try {
                v[i] = Double.parseDouble(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": item " + (i + 1) + " '" + p + "' is not a number");
            }
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(option + ": item " + (i + 1) + " '" + p + "' is not a finite number");
            }
        }
        return v;
    }

    static int[] parseIntList(String text, String option) {
        String[] parts = text.split(",", -1);
        int[] v = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            try {
                v[i] = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": item " + (i + 1) + " '" + p + "' is not a whole number");
            }
        }
        return v;
    }

}
