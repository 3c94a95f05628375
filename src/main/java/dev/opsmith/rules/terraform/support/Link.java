package dev.opsmith.rules.terraform.support;

import dev.opsmith.format.terraform.eval.ResourceInstance;

import java.util.List;
import java.util.Optional;

/**
 * Whether a value refers to one of a set of resources: {@link #LINKED} with the instance, {@link #NONE} (it names
 * something else, such as a resource created outside the scan), or {@link #UNKNOWN} (the value cannot be known
 * now; {@code unknownReasons} say why).
 */
public record Link(State state, Optional<ResourceInstance> target, List<String> unknownReasons) {

    public enum State { LINKED, NONE, UNKNOWN }

    public static Link to(ResourceInstance target) {
        return new Link(State.LINKED, Optional.of(target), List.of());
    }

    public static Link none() {
        return new Link(State.NONE, Optional.empty(), List.of());
    }

    public static Link unknown(List<String> reasons) {
        return new Link(State.UNKNOWN, Optional.empty(), List.copyOf(reasons));
    }

    public boolean isLinked() {
        return state == State.LINKED;
    }

    public boolean isUnknown() {
        return state == State.UNKNOWN;
    }

    /** Whether the link goes to {@code instance}. */
    public boolean linksTo(ResourceInstance instance) {
        return target.map(t -> t.address().equals(instance.address())).orElse(false);
    }
}
