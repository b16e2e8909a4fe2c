package org.activationworkbench.ui.panels;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.activationworkbench.lesson.Highlight;
import org.activationworkbench.lesson.Lesson;
import org.activationworkbench.lesson.LessonStep;
import org.activationworkbench.lesson.Panel;
import org.activationworkbench.ui.model.LessonViewModel;

/**
 * The lesson player at the window's right: the lesson's title, step k of n, the step's title and text, its question
 * with a Reveal button for the answer, how the step's end stands, and Back / Next / Restart / Close. Each step shows,
 * hides and highlights the window's parts it names; closing the lesson shows them all again.
 */
public final class LessonPlayerPanel extends VBox {

    /** Wide enough for a sentence a row at projector font sizes, narrow enough to leave the plots most of 1024 px. */
    public static final double WIDTH = 300;
    static final String HIGHLIGHT = "lesson-highlight";

    final Label lessonTitle = new Label();
    final Label counter = new Label();
    final Label stepTitle = new Label();
    final Label text = new Label();
    final Label question = new Label();
    final Label answer = new Label();
    final Label look = new Label();
    final Label status = new Label();
    final Button reveal = new Button("Reveal");
    final Button back = new Button("◀ Back");
    final Button next = new Button("Next ▶");
    final Button restart = new Button("Restart");
    final Button close = new Button("Close");

    private final LessonViewModel model;
    private final Map<Panel, Node> panels = new EnumMap<>(Panel.class);
    private final Map<Highlight.Target, Node> targets = new EnumMap<>(Highlight.Target.class);
    private java.util.function.IntConsumer enlarger = layer -> { };

    public LessonPlayerPanel(LessonViewModel model) {
        this.model = model;
        getStyleClass().add("lesson-player");
        setId("lessonPlayer");
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
        setMaxWidth(WIDTH);
        setSpacing(8);
        setPadding(new Insets(10, 12, 10, 12));
        lessonTitle.getStyleClass().add("lesson-title");
        counter.getStyleClass().add("lesson-counter");
        stepTitle.getStyleClass().add("lesson-step-title");
        question.getStyleClass().add("lesson-question");
        answer.getStyleClass().add("lesson-answer");
        look.getStyleClass().add("lesson-look");
        status.getStyleClass().add("lesson-status");
        for (Label l : new Label[] {stepTitle, text, question, answer, look, status}) {
            l.setWrapText(true);
            l.setMaxWidth(WIDTH - 24);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        reveal.setId("lessonReveal");
        back.setId("lessonBack");
        next.setId("lessonNext");
        restart.setId("lessonRestart");
        close.setId("lessonClose");
        for (Button b : new Button[] {reveal, back, next, restart, close}) b.setFocusTraversable(false);
        reveal.setOnAction(e -> model.reveal());
        back.setOnAction(e -> model.back());
        next.setOnAction(e -> model.next());
        restart.setOnAction(e -> model.restart());
        close.setOnAction(e -> model.close());

        VBox body = new VBox(8, stepTitle, text, question, reveal, answer, look);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("lesson-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox nav = new HBox(6, back, next);
        nav.setAlignment(Pos.CENTER_LEFT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox more = new HBox(6, restart, gap, close);
        HBox head = new HBox(8, lessonTitle, counter);
        HBox.setHgrow(lessonTitle, Priority.ALWAYS);
        lessonTitle.setWrapText(false);
        lessonTitle.setMaxWidth(Double.MAX_VALUE);
        counter.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(head, scroll, status, nav, more);

        model.index.addListener((o, a, b) -> refresh());
        model.lesson.addListener((o, a, b) -> refresh());
        model.revealed.addListener((o, a, b) -> refresh());
        status.textProperty().bind(model.status);
        back.disableProperty().bind(model.busy.or(model.index.lessThanOrEqualTo(0)));
        restart.disableProperty().bind(model.busy);
        refresh();
    }

    /**
     * The window's parts a step can show, hide and highlight; {@code enlarge} opens a hidden layer's enlarged panel
     * (from 1).
     */
    public void attach(Map<Panel, Node> parts, Map<Highlight.Target, Node> highlightable,
                       java.util.function.IntConsumer enlarge) {
        panels.putAll(parts);
        targets.putAll(highlightable);
        enlarger = enlarge;
    }

    private void refresh() {
        Lesson l = model.lesson.get();
        LessonStep s = model.step();
        setVisible(l != null);
        setManaged(l != null);
        if (l == null || s == null) {
            arrange(null);
            return;
        }
        int n = l.steps().size();
        lessonTitle.setText(l.title());
        counter.setText("Step " + s.number() + " of " + n);
        Tooltip.install(lessonTitle, new Tooltip(l.about().isEmpty() ? l.title() : l.about()));
        stepTitle.setText(s.title());
        text.setText(s.text());
        boolean asks = s.question() != null;
        show(question, asks);
        question.setText(asks ? "Question: " + s.question() : "");
        show(reveal, asks && !model.revealed.get());
        show(answer, asks && model.revealed.get());
        answer.setText(asks ? "Answer: " + s.answer() : "");
        show(look, s.highlight() != null);
        look.setText(s.highlight() == null ? "" : "Look at: " + words(s.highlight()));
        next.setDisable(s.number() >= n);
        arrange(s);
        if (s.changes().enlarge() != null && s.changes().enlarge() > 0) enlarger.accept(s.changes().enlarge());
    }

    /** The step's shown, hidden and highlighted parts; null shows everything and highlights nothing. */
    private void arrange(LessonStep s) {
        for (Map.Entry<Panel, Node> e : panels.entrySet()) {
            if (s == null || s.show().contains(e.getKey())) show(e.getValue(), true);
            else if (s.hide().contains(e.getKey())) show(e.getValue(), false);
        }
        for (Node n : targets.values()) n.getStyleClass().remove(HIGHLIGHT);
        if (s != null && s.highlight() != null) {
            Node t = targets.get(s.highlight().target());
            if (t != null) t.getStyleClass().add(HIGHLIGHT);
        }
    }

    static String words(Highlight h) {
        return switch (h.target()) {
            case LAYER -> "hidden layer " + h.layer() + "'s activation";
            case TRAJECTORY -> "the α/β trajectory";
            case COEFFICIENTS -> "the coefficients";
            case DATA -> "the data view";
            case CURVES -> "the loss and accuracy curves";
        };
    }

    private static void show(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    // ---- for tests ----

    public String counterText() {
        return counter.getText();
    }

    public String stepTitleText() {
        return stepTitle.getText();
    }

    public boolean answerShowing() {
        return answer.isVisible();
    }

    public String answerText() {
        return answer.getText();
    }
}
