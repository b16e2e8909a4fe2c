package org.activationworkbench.ui.model;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.beans.binding.Bindings;
import org.activationworkbench.plot.Theme;

/** Light or dark, normal or presentation size: the plot theme every canvas draws with. */
public final class Appearance {

    /** Presentation mode scales fonts and lines by this much, for a projector. */
    static final double PRESENTATION_SCALE = 1.45;

    public final BooleanProperty dark = new SimpleBooleanProperty(false);
    public final BooleanProperty presentation = new SimpleBooleanProperty(false);
    public final ObservableValue<Theme> theme = Bindings.createObjectBinding(this::compute, dark, presentation);

    public Theme theme() {
        return theme.getValue();
    }

    private Theme compute() {
        Theme t = dark.get() ? Theme.dark() : Theme.light();
        return presentation.get() ? scaled(t, PRESENTATION_SCALE) : t;
    }

    static Theme scaled(Theme t, double f) {
        return new Theme(t.name(), t.background(), t.text(), t.mutedText(), t.frame(), t.grid(), t.zeroLine(),
                t.curve(), t.ghost(), t.accent(), t.histogram(), t.warning(), t.series(), t.titleSize() * f,
                t.labelSize() * f, t.tickSize() * f, t.noteSize() * f, t.curveWidth() * f, t.lineWidth() * f,
                t.thinWidth() * f);
    }
}
