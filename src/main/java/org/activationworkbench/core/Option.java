package org.activationworkbench.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One option of an experiment, declared once: its name (the command line's flag without dashes), what kind of value
 * it takes, its default, the values it accepts, and a line of help. The command line builds its flags and their
 * help from these, the window builds its form rows with the same ranges, and saved files store the values, so an
 * option is written in one place. Values are plain: Integer, Long, Double, Boolean, String, or lists of Double,
 * Integer or String (lists, not arrays, so configs compare by value).
 *
 * @param name        flag name without dashes, e.g. "knots"
 * @param kind        what kind of value it takes
 * @param defaultValue the default, or null when it depends on something else (the dataset, the family)
 * @param min         smallest accepted number (numbers; each element of a number list; both ends of a range)
 * @param max         largest accepted number
 * @param choices     the accepted words (choices), lower case
 * @param maxCount    most elements of a list
 * @param label       short name for the window's form, e.g. "Knots"
 * @param help        one line: what it does
 * @param defaultText how to describe a null default in help, e.g. "from the dataset"; null = none
 * @param decades     a number people choose by its order of magnitude (learning rates, penalties): the window
 *                    offers 1–3–10 steps
 */
public record Option(String name, Kind kind, Object defaultValue, double min, double max, List<String> choices,
                     int maxCount, String label, String help, String defaultText, boolean decades) {

    /** What kind of value an option takes. */
    public enum Kind { INTEGER, LONG, REAL, CHOICE, FLAG, RANGE, INTEGERS, TEXT, TEXTS }

    public Option {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (defaultValue != null) defaultValue = normalise(name, kind, defaultValue);
    }

    // ---- declaring ---------------------------------------------------------------------------------------------

    public static Option integer(String name, Integer dflt, int min, int max, String label, String help) {
        return new Option(name, Kind.INTEGER, dflt, min, max, null, 0, label, help, null, false);
    }

    public static Option longInteger(String name, Long dflt, long min, long max, String label, String help) {
        return new Option(name, Kind.LONG, dflt, min, max, null, 0, label, help, null, false);
    }

    public static Option real(String name, Double dflt, double min, double max, String label, String help) {
        return new Option(name, Kind.REAL, dflt, min, max, null, 0, label, help, null, false);
    }

    public static Option choice(String name, String dflt, List<String> choices, String label, String help) {
        return new Option(name, Kind.CHOICE, dflt, 0, 0, choices, 0, label, help, null, false);
    }

    public static Option flag(String name, String label, String help) {
        return new Option(name, Kind.FLAG, false, 0, 1, null, 0, label, help, null, false);
    }

    /** Two numbers lo,hi with lo < hi, each within [min, max]. */
    public static Option range(String name, List<Double> dflt, double min, double max, String label, String help) {
        return new Option(name, Kind.RANGE, dflt, min, max, null, 2, label, help, null, false);
    }

    /** A list of up to maxCount whole numbers, each within [min, max]. */
    public static Option integers(String name, List<Integer> dflt, int min, int max, int maxCount, String label,
                                 String help) {
        return new Option(name, Kind.INTEGERS, dflt, min, max, null, maxCount, label, help, null, false);
    }

    public static Option text(String name, String label, String help) {
        return new Option(name, Kind.TEXT, null, 0, 0, null, 0, label, help, null, false);
    }

    public static Option texts(String name, String label, String help) {
        return new Option(name, Kind.TEXTS, List.of(), 0, 0, null, 1000, label, help, null, false);
    }

    /** The same option with a null default described in help as {@code text} ("from the dataset"). */
    public Option defaultDescribedAs(String text) {
        return new Option(name, kind, null, min, max, choices, maxCount, label, help, text, decades);
    }

    /** The same option, chosen by order of magnitude. */
    public Option byDecades() {
        return new Option(name, kind, defaultValue, min, max, choices, maxCount, label, help, defaultText, true);
    }

    /** The same option with another default. */
    public Option withDefault(Object value) {
        return new Option(name, kind, value, min, max, choices, maxCount, label, help, defaultText, decades);
    }

    /** The same option with another help line. */
    public Option describedFor(String newHelp) {
        return new Option(name, kind, defaultValue, min, max, choices, maxCount, label, newHelp, defaultText, decades);
    }

    /** The same option accepting numbers in [newMin, newMax]. */
    public Option withBounds(double newMin, double newMax) {
        return new Option(name, kind, defaultValue, newMin, newMax, choices, maxCount, label, help, defaultText, decades);
    }

    // ---- reading values ----------------------------------------------------------------------------------------

    public String flag() {
        return "--" + name;
    }

    /** A value typed on a command line or in a form's text field, checked. */
    public Object parse(String text) {
        return parse(text, flag());
    }

    /** As {@link #parse(String)}, with errors naming {@code who} ("--knots", "option --degree for family slaf"). */
    public Object parse(String text, String who) {
        return check(read(text, who), who);
    }

    /** The typed value of a text, not yet checked against the bounds (a family checks its own). */
    public Object read(String text, String who) {
        String t = text == null ? "" : text.trim();
        return switch (kind) {
            case INTEGER, LONG -> wholeNumber(t, who);
            case REAL -> realNumber(t, who);
            case FLAG -> bool(t, who);
            case CHOICE, TEXT -> t;
            case RANGE -> realList(t, who);
            case INTEGERS -> t.isEmpty() ? List.of() : wholeList(t, who);
            case TEXTS -> t.isEmpty() ? List.of() : List.of(t.split("\\s*,\\s*"));
        };
    }

    /** A value from a file or from code, normalised to this option's type and checked against its bounds. */
    public Object check(Object value) {
        return check(value, flag());
    }

    public Object check(Object value, String who) {
        if (value == null) throw new OptionException(who + " needs a value");
        Object v = normalise(who, kind, value);
        switch (kind) {
            case INTEGER, LONG, REAL -> inBounds(((Number) v).doubleValue(), who, v);
            case CHOICE -> {
                if (!choices.contains(v)) {
                    throw new OptionException(who + " must be one of " + String.join(", ", choices) + ", got '" + value + "'");
                }
            }
            case RANGE -> {
                List<?> r = (List<?>) v;
                double lo = ((Number) r.get(0)).doubleValue(), hi = ((Number) r.get(1)).doubleValue();
                if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo >= hi) {
                    throw new OptionException(who + " must be two finite numbers lo,hi with lo < hi, got "
                            + NumberText.compact(lo) + "," + NumberText.compact(hi));
                }
                if (lo < min || hi > max) {
                    throw new OptionException(who + " must lie within " + NumberText.compact(min) + " and "
                            + NumberText.compact(max) + ", got " + NumberText.compact(lo) + "," + NumberText.compact(hi));
                }
            }
            case INTEGERS -> {
                List<?> list = (List<?>) v;
                if (list.size() > maxCount) {
                    throw new OptionException(who + " takes at most " + maxCount + " numbers, got " + list.size());
                }
                for (Object x : list) inBounds(((Number) x).doubleValue(), who, x);
            }
            default -> { }
        }
        return v;
    }

    /** The command line's spelling of a value: 21, 0.5, -3,3, relu, 16,32. */
    public String format(Object value) {
        if (value == null) return "";
        if (value instanceof List<?> l) return l.stream().map(Option::formatOne).collect(Collectors.joining(","));
        return formatOne(value);
    }

    private static String formatOne(Object v) {
        if (v instanceof Double d) return NumberText.compact(d);
        return String.valueOf(v);
    }

    /** What the option accepts, for help: "2 to 1000", "one of relu, gelu", "up to 8 numbers of 1 to 4096". */
    public String accepts() {
        return switch (kind) {
            case INTEGER, LONG, REAL -> NumberText.compact(min) + " to " + NumberText.compact(max);
            case CHOICE -> "one of " + String.join(", ", choices);
            case FLAG -> "on or off";
            case RANGE -> "lo,hi with lo < hi";
            case INTEGERS -> "up to " + maxCount + " numbers of " + NumberText.compact(min) + " to " + NumberText.compact(max);
            case TEXT, TEXTS -> "text";
        };
    }

    /** The help line for the command line: "Knots of the grid (2 to 1000; default 21)." */
    public String helpLine() {
        String dflt = kind != Kind.FLAG && defaultValue != null && !(defaultValue instanceof List<?> l && l.isEmpty())
                ? "default " + format(defaultValue) : defaultText != null ? "default " + defaultText : null;
        String accepts = kind == Kind.FLAG || kind == Kind.TEXT || kind == Kind.TEXTS ? null : accepts();
        List<String> parts = new ArrayList<>();
        if (accepts != null) parts.add(accepts);
        if (dflt != null) parts.add(dflt);
        return help + (parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")") + ".";
    }

    /** "K", "X", "LO,HI", "A|B|C": how the value is written after the flag. */
    public String paramLabel() {
        return switch (kind) {
            case INTEGER, LONG -> "N";
            case REAL -> "X";
            case CHOICE -> String.join("|", choices);
            case FLAG -> "";
            case RANGE -> "LO,HI";
            case INTEGERS -> "N1,N2,...";
            case TEXT -> "TEXT";
            case TEXTS -> "A,B,...";
        };
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private void inBounds(double x, String who, Object shown) {
        if (!(x >= min && x <= max)) {
            throw new OptionException(who + " must be between " + NumberText.compact(min) + " and "
                    + NumberText.compact(max) + ", got " + formatOne(shown));
        }
    }

    /** Integer, Long, Double, Boolean, String or a List of those, as the kind says; wrong types are errors. */
    private static Object normalise(String who, Kind kind, Object v) {
        try {
            return switch (kind) {
                case INTEGER -> narrow(exactLong(v));
                case LONG -> exactLong(v);
                case REAL -> ((Number) v).doubleValue();
                case FLAG -> (Boolean) v;
                case CHOICE -> ((String) v).trim().toLowerCase(Locale.ROOT);
                case TEXT -> (String) v;
                case RANGE -> {
                    List<?> l = list(v);
                    if (l.size() != 2) throw new OptionException(who + " takes two numbers lo,hi, got " + l.size());
                    yield List.of(((Number) l.get(0)).doubleValue(), ((Number) l.get(1)).doubleValue());
                }
                case INTEGERS -> list(v).stream().map(x -> narrow(exactLong(x))).toList();
                case TEXTS -> list(v).stream().map(x -> (Object) (String) x).toList();
            };
        } catch (ClassCastException | ArithmeticException e) {
            throw new OptionException(who + " has a value of the wrong kind or size: " + v);
        }
    }

    /** An int when it fits; a value beyond int stays a Long, so the bounds check reports it as typed. */
    private static Object narrow(long l) {
        return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? (Object) (int) l : (Object) l;
    }

    private static long exactLong(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) return ((Number) v).longValue();
        double d = ((Number) v).doubleValue();
        if (d != Math.rint(d) || Math.abs(d) > 9.0e15) throw new ArithmeticException("not a whole number");
        return (long) d;
    }

    private static List<?> list(Object v) {
        if (v instanceof List<?> l) return l;
        if (v instanceof double[] a) return java.util.Arrays.stream(a).boxed().toList();
        if (v instanceof int[] a) return java.util.Arrays.stream(a).boxed().toList();
        throw new ClassCastException();
    }

    private static Object wholeNumber(String t, String who) {
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new OptionException(who + " must be a whole number, got '" + t + "'");
        }
    }

    private static Object realNumber(String t, String who) {
        try {
            double d = Double.parseDouble(t);
            if (!Double.isFinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw new OptionException(who + " must be a finite number, got '" + t + "'");
        }
    }

    private static Object bool(String t, String who) {
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("on") || t.isEmpty()) return true;
        if (t.equalsIgnoreCase("false") || t.equalsIgnoreCase("off")) return false;
        throw new OptionException(who + " must be true or false, got '" + t + "'");
    }

    private static List<Double> realList(String t, String who) {
        String[] parts = t.split(",", -1);
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            try {
                double d = Double.parseDouble(p);
                if (!Double.isFinite(d)) throw new NumberFormatException();
                out.add(d);
            } catch (NumberFormatException e) {
                throw new OptionException(who + ": item " + (i + 1) + " '" + p + "' is not a finite number");
            }
        }
        return out;
    }

    private static List<Long> wholeList(String t, String who) {
        String[] parts = t.split("[,\\s]+");
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.isEmpty()) continue;
            try {
                out.add(Long.parseLong(p));
            } catch (NumberFormatException e) {
                throw new OptionException(who + ": item " + (i + 1) + " '" + p + "' is not a whole number");
            }
        }
        return out;
    }
}
