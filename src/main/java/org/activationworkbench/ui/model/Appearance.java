package org.activationworkbench.ui.model;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.beans.binding.Bindings;
import org.activationworkbench.plot.Theme;

/** Light or dark, normal or projector size (Theme.forProjector), focus or not: how the window looks. */
public final class Appearance {

    public final BooleanProperty dark = new SimpleBooleanProperty(false);
    public final BooleanProperty presentation = new SimpleBooleanProperty(false);
    /** Only the plots: the form and the transport hidden, as a teacher shows a lesson (View ▸ Focus, key F). */
    public final BooleanProperty focus = new SimpleBooleanProperty(false);
    /** In presentation mode the form lives in a drawer over the plots: open or closed. */
    public final BooleanProperty drawerOpen = new SimpleBooleanProperty(false);
    public final ObservableValue<Theme> theme = Bindings.createObjectBinding(this::compute, dark, presentation);

    public Theme theme() {
        return theme.getValue();
    }

    private Theme compute() {
        Theme t = dark.get() ? Theme.dark() : Theme.light();
        return presentation.get() ? t.forProjector() : t;
    }
}
