package dev.opsmith.rules.terraform.support;

import dev.opsmith.core.Span;

import java.util.List;
import java.util.Optional;

/**
 * What reading a policy value gave: a {@link PolicyDocument}; unknown (the policy cannot be known before apply, with
 * the reasons); invalid (not a JSON policy, with the problem); or absent (not written, or null).
 */
public final class PolicyRead {

    public enum State { DOCUMENT, UNKNOWN, INVALID, ABSENT }

    private final State state;
    private final PolicyDocument document;
    private final List<String> unknownReasons;
    private final String problem;
    private final Span span;

    private PolicyRead(State state, PolicyDocument document, List<String> unknownReasons, String problem, Span span) {
        this.state = state;
        this.document = document;
        this.unknownReasons = List.copyOf(unknownReasons);
        this.problem = problem;
        this.span = span;
    }

    static PolicyRead of(PolicyDocument document) {
        return new PolicyRead(State.DOCUMENT, document, List.of(), null, document.span());
    }

    static PolicyRead unknown(List<String> reasons, Span span) {
        return new PolicyRead(State.UNKNOWN, null, reasons, null, span);
    }

    static PolicyRead invalid(String problem, Span span) {
        return new PolicyRead(State.INVALID, null, List.of(), problem, span);
    }

    static PolicyRead absent(Span span) {
        return new PolicyRead(State.ABSENT, null, List.of(), null, span);
    }

    public State state() {
        return state;
    }

    public Optional<PolicyDocument> document() {
        return Optional.ofNullable(document);
    }

    /** Why the policy is unknown; empty unless {@link State#UNKNOWN}. */
    public List<String> unknownReasons() {
        return unknownReasons;
    }

    /** What is wrong with an invalid policy; empty unless {@link State#INVALID}. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Where the policy value is written. */
    public Span span() {
        return span;
    }
}
