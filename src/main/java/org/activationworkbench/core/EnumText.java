package org.activationworkbench.core;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Enum constants as users and files spell them: lower case, parsed back ignoring case, refused by option name. */
public final class EnumText {

    private EnumText() {
    }

    public static String label(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> List<String> labels(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(EnumText::label).toList();
    }

    /** The constant spelled {@code text}; else "OPTION must be a, b or c, got 'text'". */
    public static <E extends Enum<E>> E parse(Class<E> type, String text, String option) {
        for (E e : type.getEnumConstants()) {
            if (text != null && label(e).equalsIgnoreCase(text.trim())) return e;
        }
        List<String> ok = labels(type);
        String choices = ok.size() == 1 ? ok.get(0)
                : String.join(", ", ok.subList(0, ok.size() - 1)) + " or " + ok.get(ok.size() - 1);
        throw new IllegalArgumentException(option + " must be " + choices + ", got '" + text + "'");
    }
}
