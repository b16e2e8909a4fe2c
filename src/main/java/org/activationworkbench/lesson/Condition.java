package org.activationworkbench.lesson;

import java.util.List;

/**
 * When a step ends: when the teacher clicks Next, when the run diverges, after a number of epochs or steps counted
 * from the step's start, when a comparison of the run's quantities or of activation parameters holds, or a
 * combination with "or" / "and". Conditions are values; {@link StepGoal} binds one to the moment its step started.
 *
 * <p>Counts are checked after every step (a count of epochs ends exactly at the epoch it names); comparisons at the
 * end of every epoch, on a snapshot with the test split evaluated, where the window's trainer checks them too.
 */
public sealed interface Condition {

    /** Where it is written (for messages). */
    Where where();

    /** Whether it holds at {@code now}, for a step that started at {@code start}. */
    boolean met(Reading now, Reading start);

    /**
     * Whether the moment after a training step needs a check: cheap, called after every step. {@code epochEnd} is
     * true when the step finished an epoch.
     */
    boolean due(long step, double epoch, boolean epochEnd, Reading start);

    /** Whether it can end the step without a click: false for {@link Next} alone. */
    default boolean automatic() {
        return true;
    }

    /** The teacher clicks Next (headless: met at once). */
    record Next(Where where) implements Condition {
        @Override public boolean met(Reading now, Reading start) { return false; }
        @Override public boolean due(long step, double epoch, boolean epochEnd, Reading start) { return false; }
        @Override public boolean automatic() { return false; }
    }

    /** The run diverges (a NaN, an overflow, or the blow-up rule: train.BlowUpGuard). */
    record Diverged(Where where) implements Condition {
        @Override public boolean met(Reading now, Reading start) { return now.diverged(); }
        @Override public boolean due(long step, double epoch, boolean epochEnd, Reading start) { return false; }
    }

    /** After {@code amount} epochs or steps from the step's start. */
    record Count(double amount, Unit unit, Where where) implements Condition {

        /** What a count counts. */
        public enum Unit { EPOCHS, STEPS }

        @Override
        public boolean met(Reading now, Reading start) {
            return unit == Unit.EPOCHS ? now.epoch() >= start.epoch() + amount - 1e-9 : now.step() >= start.step() + amount;
        }

        @Override
        public boolean due(long step, double epoch, boolean epochEnd, Reading start) {
            return unit == Unit.EPOCHS ? epoch >= start.epoch() + amount - 1e-9 : step >= start.step() + amount;
        }
    }

    /** left op right, over the activation vectors the scope names (the run's quantities need none). */
    record Compare(Expr left, Op op, Expr right, Scope scope, Where where) implements Condition {

        @Override
        public boolean met(Reading now, Reading start) {
            if (left.parameters().isEmpty() && right.parameters().isEmpty()) return holds(now, 0, 0);
            List<int[]> units = scope.units(now);
            if (units.isEmpty()) return false;
            for (int[] u : units) {
                boolean h = holds(now, u[0], u[1]);
                if (scope.any() && h) return true;
                if (!scope.any() && !h) return false;
            }
            return !scope.any();
        }

        private boolean holds(Reading r, int layer, int vector) {
            double a = left.value(r, layer, vector);
            double b = right.value(r, layer, vector);
            if (Double.isNaN(a) || Double.isNaN(b)) return false;   // not measured here: not met yet
            return op.test(a, b);
        }

        @Override
        public boolean due(long step, double epoch, boolean epochEnd, Reading start) {
            return epochEnd;
        }
    }

    /** Any of its parts ("or"). */
    record AnyOf(List<Condition> parts, Where where) implements Condition {
        public AnyOf {
            parts = List.copyOf(parts);
        }

        @Override public boolean met(Reading now, Reading start) { return parts.stream().anyMatch(c -> c.met(now, start)); }

        @Override
        public boolean due(long step, double epoch, boolean epochEnd, Reading start) {
            return parts.stream().anyMatch(c -> c.due(step, epoch, epochEnd, start));
        }

        @Override public boolean automatic() { return parts.stream().anyMatch(Condition::automatic); }
    }

    /** All of its parts ("and"). */
    record AllOf(List<Condition> parts, Where where) implements Condition {
        public AllOf {
            parts = List.copyOf(parts);
        }

        @Override public boolean met(Reading now, Reading start) { return parts.stream().allMatch(c -> c.met(now, start)); }

        @Override
        public boolean due(long step, double epoch, boolean epochEnd, Reading start) {
            return parts.stream().anyMatch(c -> c.due(step, epoch, epochEnd, start));
        }

        @Override public boolean automatic() { return parts.stream().allMatch(Condition::automatic); }
    }

    /** A comparison operator. */
    enum Op {
        LESS("<"), AT_MOST("<="), MORE(">"), AT_LEAST(">=");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean test(double a, double b) {
            return switch (this) {
                case LESS -> a < b;
                case AT_MOST -> a <= b;
                case MORE -> a > b;
                case AT_LEAST -> a >= b;
            };
        }
    }

    /**
     * Which activation vectors a comparison of parameters reads: one layer (and one neuron when each neuron has its
     * own activation), or every / any layer, or every / any neuron of a layer. Layers and neurons count from 1.
     *
     * @param kind   which of those
     * @param layer  the layer (from 1), 0 when the kind names none
     * @param neuron the neuron (from 1), 0 when the kind names none
     */
    record Scope(Kind kind, int layer, int neuron, Where where) {

        /** The forms of "in …". */
        public enum Kind { NONE, LAYER, LAYER_NEURON, EVERY_LAYER, ANY_LAYER, EVERY_NEURON, ANY_NEURON }

        boolean any() {
            return kind == Kind.ANY_LAYER || kind == Kind.ANY_NEURON;
        }

        /** The (layer, vector) pairs it reads, both from 0. */
        List<int[]> units(Reading r) {
            List<int[]> out = new java.util.ArrayList<>();
            switch (kind) {
                case NONE -> out.add(new int[] {0, 0});
                case LAYER -> out.add(new int[] {layer - 1, 0});
                case LAYER_NEURON -> out.add(new int[] {layer - 1, neuron - 1});
                case EVERY_LAYER, ANY_LAYER -> {
                    for (int l = 0; l < r.layers().size(); l++) {
                        for (int v = 0; v < r.layers().get(l).vectors(); v++) out.add(new int[] {l, v});
                    }
                }
                case EVERY_NEURON, ANY_NEURON -> {
                    if (layer - 1 < r.layers().size()) {
                        for (int v = 0; v < r.layers().get(layer - 1).vectors(); v++) out.add(new int[] {layer - 1, v});
                    }
                }
            }
            return out;
        }

        /** "in layer 2", "in every layer", "" for none: as a person writes it. */
        public String text() {
            return switch (kind) {
                case NONE -> "";
                case LAYER -> "in layer " + layer;
                case LAYER_NEURON -> "in layer " + layer + " neuron " + neuron;
                case EVERY_LAYER -> "in every layer";
                case ANY_LAYER -> "in any layer";
                case EVERY_NEURON -> "in every neuron of layer " + layer;
                case ANY_NEURON -> "in any neuron of layer " + layer;
            };
        }
    }
}
