package org.activationworkbench.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.activationworkbench.lesson.Condition.Scope;

/**
 * Reads a step's {@code until:} text into a {@link Condition}. The language, in full (docs/lessons.md):
 * <pre>
 * condition  := part ('or' part)*          part := single ('and' single)*
 * single     := 'next' | 'diverged' | NUMBER ('epochs'|'steps') | expr CMP expr [scope]
 * expr       := term (('+'|'-') term)*     term := unary (('*'|'/') unary)*
 * unary      := '-' unary | NUMBER['%'] | '(' expr ')' | ('abs'|'min'|'max') '(' expr (',' expr)* ')'
 *             | 'test loss' | 'test accuracy' | 'epoch' | 'step' | PARAMETER
 * CMP        := '<' | '<=' | '>' | '>=' | '≤' | '≥'
 * scope      := 'in' ('layer' N ['neuron' M] | ('every'|'any') ('layer' | 'neuron of layer' N))
 * </pre>
 * Errors name the column of the offending word.
 */
final class ConditionParser {

    private static final Map<String, String> GREEK = Map.of("α", "alpha", "β", "beta", "ω", "omega", "φ", "phi");
    private static final List<String> KEYWORDS = List.of("next", "diverged", "or", "and", "in", "layer", "neuron",
            "every", "any", "of", "epochs", "steps", "test", "loss", "accuracy");

    private record Token(String text, int column) {
        boolean is(String s) {
            return text.equalsIgnoreCase(s);
        }

        boolean number() {
            return !text.isEmpty() && (Character.isDigit(text.charAt(0)) || text.charAt(0) == '.');
        }

        boolean word() {
            return !text.isEmpty() && (Character.isLetter(text.charAt(0)) || text.charAt(0) == '_');
        }
    }

    private final String text;
    private final Where where;
    private final List<Token> tokens;
    private int pos;

    private ConditionParser(String text, Where where) {
        this.text = text;
        this.where = where;
        this.tokens = tokenize(text, where);
    }

    /** The condition a text says; {@code where} is the place of its first character. */
    static Condition parse(String text, Where where) {
        ConditionParser p = new ConditionParser(text, where);
        if (p.tokens.isEmpty()) {
            throw new LessonException(where, "until: is empty; say when the step ends (next, 20 epochs, "
                    + "test accuracy >= 0.9, alpha - beta < 0.5 in layer 2, diverged)");
        }
        Condition c = p.or();
        if (p.pos < p.tokens.size()) throw p.error(p.peek(), "unexpected '" + p.peek().text() + "'"
                + (p.peek().is("in") ? " (a scope 'in layer N' follows a comparison of parameters)" : ""));
        return c;
    }

    // ---- conditions ------------------------------------------------------------------------------------

    private Condition or() {
        Where at = here();
        List<Condition> parts = new ArrayList<>(List.of(and()));
        while (accept("or")) parts.add(and());
        return parts.size() == 1 ? parts.get(0) : new Condition.AnyOf(parts, at);
    }

    private Condition and() {
        Where at = here();
        List<Condition> parts = new ArrayList<>(List.of(single()));
        while (accept("and")) parts.add(single());
        return parts.size() == 1 ? parts.get(0) : new Condition.AllOf(parts, at);
    }

    private Condition single() {
        Token t = peek();
        Where at = here();
        if (t == null) throw error(null, "the condition ends too early");
        if (accept("next")) return new Condition.Next(at);
        if (accept("diverged") || accept("diverges")) return new Condition.Diverged(at);
        if (t.number() && pos + 1 < tokens.size() && unit(tokens.get(pos + 1)) != null) {
            double amount = number(next());
            Condition.Count.Unit u = unit(next());
            if (!(amount > 0)) throw error(t, "a count of " + u.name().toLowerCase(Locale.ROOT) + " must be positive");
            if (u == Condition.Count.Unit.STEPS && amount != Math.rint(amount)) {
                throw error(t, "a count of steps must be a whole number");
            }
            return new Condition.Count(amount, u, at);
        }
        Expr left = expr();
        Token opToken = peek();
        Condition.Op op = op(opToken);
        if (op == null) {
            throw error(opToken, (opToken == null ? "expected a comparison" : "expected a comparison instead of '"
                    + opToken.text() + "'") + " (<, <=, >, >=) after " + describe(left));
        }
        next();
        Expr right = expr();
        if (op(peek()) != null) throw error(peek(), "one comparison at a time: join two with 'and'");
        Scope scope = scope();
        return new Condition.Compare(left, op, right, scope, at);
    }

    private Scope scope() {
        Where at = here();
        if (!accept("in")) return new Scope(Scope.Kind.NONE, 0, 0, at);
        if (accept("layer")) {
            int layer = whole("layer");
            if (accept("neuron")) return new Scope(Scope.Kind.LAYER_NEURON, layer, whole("neuron"), at);
            return new Scope(Scope.Kind.LAYER, layer, 0, at);
        }
        boolean every = accept("every");
        if (!every && !accept("any")) throw error(peek(), "after 'in' write 'layer N', 'every layer' or 'any layer'");
        if (accept("layer") || accept("layers")) return new Scope(every ? Scope.Kind.EVERY_LAYER : Scope.Kind.ANY_LAYER, 0, 0, at);
        if (accept("neuron")) {
            expect("of");
            expect("layer");
            return new Scope(every ? Scope.Kind.EVERY_NEURON : Scope.Kind.ANY_NEURON, whole("layer"), 0, at);
        }
        throw error(peek(), "after '" + (every ? "every" : "any") + "' write 'layer' or 'neuron of layer N'");
    }

    // ---- expressions -----------------------------------------------------------------------------------

    private Expr expr() {
        Expr e = term();
        while (peek() != null && (peek().is("+") || peek().is("-"))) {
            char op = next().text().charAt(0);
            e = new Expr.Binary(op, e, term());
        }
        return e;
    }

    private Expr term() {
        Expr e = unary();
        while (peek() != null && (peek().is("*") || peek().is("/"))) {
            char op = next().text().charAt(0);
            e = new Expr.Binary(op, e, unary());
        }
        return e;
    }

    private Expr unary() {
        Token t = peek();
        if (t == null) throw error(null, "the condition ends where a number, a quantity or a parameter should be");
        if (accept("-")) return new Expr.Negate(unary());
        if (accept("(")) {
            Expr e = expr();
            expect(")");
            return e;
        }
        if (t.number()) {
            next();
            double v = number(t);
            if (accept("%")) v /= 100;
            return new Expr.Num(v);
        }
        if (!t.word()) throw error(t, "unexpected '" + t.text() + "'");
        next();
        String w = t.text().toLowerCase(Locale.ROOT);
        switch (w) {
            case "test" -> {
                if (accept("loss")) return new Expr.Metric(Expr.Quantity.TEST_LOSS);
                if (accept("accuracy")) return new Expr.Metric(Expr.Quantity.TEST_ACCURACY);
                throw error(peek(), "after 'test' write 'loss' or 'accuracy'");
            }
            case "train", "training" -> throw error(t, "conditions read the test split (test loss, test accuracy), "
                    + "measured at the end of each epoch; the training loss is not measured there");
            case "loss", "accuracy" -> throw error(t, "write 'test " + w + "' (conditions read the test split)");
            case "epoch" -> {
                return new Expr.Metric(Expr.Quantity.EPOCH);
            }
            case "step" -> {
                return new Expr.Metric(Expr.Quantity.STEP);
            }
            case "abs", "min", "max" -> {
                return call(w, t);
            }
            default -> {
                if (KEYWORDS.contains(w)) throw error(t, "unexpected '" + t.text() + "'");
                return new Expr.Param(GREEK.getOrDefault(t.text(), t.text()), where.plus(t.column()));
            }
        }
    }

    private Expr call(String function, Token name) {
        if (!accept("(")) throw error(peek(), function + " needs its arguments in brackets: " + function + "(x)");
        List<Expr> args = new ArrayList<>(List.of(expr()));
        while (accept(",")) args.add(expr());
        expect(")");
        if (function.equals("abs") && args.size() != 1) throw error(name, "abs takes one argument");
        return new Expr.Call(function, args);
    }

    // ---- tokens ----------------------------------------------------------------------------------------

    private static List<Token> tokenize(String s, Where where) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) j++;
                if (j < s.length() && (s.charAt(j) == 'e' || s.charAt(j) == 'E') && j + 1 < s.length()
                        && (Character.isDigit(s.charAt(j + 1)) || ((s.charAt(j + 1) == '-' || s.charAt(j + 1) == '+')
                        && j + 2 < s.length() && Character.isDigit(s.charAt(j + 2))))) {
                    j += 2;
                    while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
                }
                out.add(new Token(s.substring(i, j), i));
                i = j;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
                out.add(new Token(s.substring(i, j), i));
                i = j;
            } else if ((c == '<' || c == '>') && i + 1 < s.length() && s.charAt(i + 1) == '=') {
                out.add(new Token(s.substring(i, i + 2), i));
                i += 2;
            } else if ("<>+-*/(),%≤≥−×÷".indexOf(c) >= 0) {
                String t = switch (c) {
                    case '≤' -> "<=";
                    case '≥' -> ">=";
                    case '−' -> "-";
                    case '×' -> "*";
                    case '÷' -> "/";
                    default -> String.valueOf(c);
                };
                out.add(new Token(t, i));
                i++;
            } else if (c == '=') {
                throw new LessonException(where.plus(i), "'=' is not a comparison here: measured values are never "
                        + "exactly equal; use <, <=, > or >=");
            } else {
                throw new LessonException(where.plus(i), "unexpected character '" + c + "' in the condition");
            }
        }
        return out;
    }

    private Token peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private Token next() {
        return tokens.get(pos++);
    }

    private boolean accept(String s) {
        if (peek() != null && peek().is(s)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String s) {
        if (!accept(s)) {
            throw error(peek(), "expected '" + s + "'" + (peek() == null ? " at the end" : " instead of '" + peek().text() + "'"));
        }
    }

    private int whole(String what) {
        Token t = peek();
        if (t == null || !t.number()) throw error(t, "expected the " + what + "'s number (from 1)");
        next();
        double v = number(t);
        if (v < 1 || v != Math.rint(v) || v > 100_000) throw error(t, what + " numbers are whole and start at 1, got " + t.text());
        return (int) v;
    }

    private double number(Token t) {
        try {
            return Double.parseDouble(t.text());
        } catch (NumberFormatException e) {
            throw error(t, "'" + t.text() + "' is not a number");
        }
    }

    private static Condition.Count.Unit unit(Token t) {
        if (t.is("epoch") || t.is("epochs")) return Condition.Count.Unit.EPOCHS;
        if (t.is("step") || t.is("steps")) return Condition.Count.Unit.STEPS;
        return null;
    }

    private static Condition.Op op(Token t) {
        if (t == null) return null;
        return switch (t.text()) {
            case "<" -> Condition.Op.LESS;
            case "<=" -> Condition.Op.AT_MOST;
            case ">" -> Condition.Op.MORE;
            case ">=" -> Condition.Op.AT_LEAST;
            default -> null;
        };
    }

    private Where here() {
        Token t = peek();
        return where.plus(t == null ? text.length() : t.column());
    }

    private LessonException error(Token t, String problem) {
        return new LessonException(where.plus(t == null ? text.length() : t.column()), "until: " + problem);
    }

    private static String describe(Expr e) {
        if (e instanceof Expr.Metric m) return "'" + m.quantity().words() + "'";
        if (e instanceof Expr.Param p) return "'" + p.name() + "'";
        return "the expression";
    }
}
