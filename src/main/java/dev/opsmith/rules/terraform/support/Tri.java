package dev.opsmith.rules.terraform.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A three-valued answer: yes, no, or cannot be told from the configuration (with the reasons, each naming an unknown
 * input). {@link #and} and {@link #or} follow Kleene logic, so a definite answer survives an unknown operand when it
 * alone decides ({@code NO and UNKNOWN} is {@code NO}).
 */
public final class Tri {
    private enum State { YES, NO, UNKNOWN }

    public static final Tri YES = new Tri(State.YES, List.of());
    public static final Tri NO = new Tri(State.NO, List.of());

    private final State state;
    private final List<String> unknownReasons;

    private Tri(State state, List<String> unknownReasons) {
        this.state = state;
        this.unknownReasons = List.copyOf(unknownReasons);
    }

    public static Tri of(boolean yes) {
        return yes ? YES : NO;
    }

    /** An unknown answer; {@code reasons} name the inputs that keep it from being decided. */
    public static Tri unknown(List<String> reasons) {
        return new Tri(State.UNKNOWN, reasons);
    }

    public boolean isYes() {
        return state == State.YES;
    }

    public boolean isNo() {
        return state == State.NO;
    }

    public boolean isUnknown() {
        return state == State.UNKNOWN;
    }

    /** Why the answer is unknown; empty for yes and no. */
    public List<String> unknownReasons() {
        return unknownReasons;
    }

    public Tri not() {
        return switch (state) {
            case YES -> NO;
            case NO -> YES;
            case UNKNOWN -> this;
        };
    }

    public Tri and(Tri other) {
        if (isNo() || other.isNo()) return NO;
        if (isYes() && other.isYes()) return YES;
        return unknown(merge(this, other));
    }

    public Tri or(Tri other) {
        if (isYes() || other.isYes()) return YES;
        if (isNo() && other.isNo()) return NO;
        return unknown(merge(this, other));
    }

    /** YES when any answer is YES, NO when all are NO (and for none), otherwise unknown with every reason. */
    public static Tri any(List<Tri> answers) {
        Tri result = NO;
        for (Tri answer : answers) result = result.or(answer);
        return result;
    }

    private static List<String> merge(Tri a, Tri b) {
        Set<String> reasons = new LinkedHashSet<>(a.unknownReasons);
        reasons.addAll(b.unknownReasons);
        return new ArrayList<>(reasons);
    }

    @Override
    public String toString() {
        return isUnknown() ? "UNKNOWN" + unknownReasons : state.name();
    }
}
