package dev.opsmith.rules.terraform.support;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;

import java.util.List;
import java.util.Optional;

/**
 * One statement of a policy, normalised whatever form the policy was written in.
 *
 * @param sid                     the statement id, when written and known
 * @param effect                  {@code Allow} or {@code Deny} (or whatever was written); empty when not written
 * @param actions                 {@code Action}
 * @param notActions              {@code NotAction}
 * @param resources               {@code Resource}
 * @param notResources            {@code NotResource}
 * @param principals              {@code Principal}
 * @param notPrincipals           {@code NotPrincipal}
 * @param conditions              the known conditions
 * @param conditionUnknownReasons non-empty when the conditions (or some of them) cannot be read: there may be
 *                                conditions beyond {@code conditions}
 * @param conditionWritten        whether a {@code Condition} element (or {@code condition} block) is written
 * @param file                    the file {@code span} (and the spans inside the statement) point into: a
 *                                statement merged from another document may come from another file
 * @param span                    where the statement is written
 */
public record PolicyStatement(Optional<String> sid, Optional<PolicyString> effect, ActionSet actions,
                              ActionSet notActions, PolicyStrings resources, PolicyStrings notResources,
                              PrincipalSet principals, PrincipalSet notPrincipals, List<PolicyCondition> conditions,
                              List<String> conditionUnknownReasons, boolean conditionWritten,
                              SourceFile file, Span span) {

    public PolicyStatement {
        conditions = List.copyOf(conditions);
        conditionUnknownReasons = List.copyOf(conditionUnknownReasons);
    }

    /** Whether the statement allows (rather than denies); unknown when the effect is. */
    public Tri isAllow() {
        return isEffect("Allow");
    }

    public Tri isDeny() {
        return isEffect("Deny");
    }

    private Tri isEffect(String wanted) {
        if (effect.isEmpty()) return Tri.NO;
        PolicyString e = effect.get();
        return e.isKnown() ? Tri.of(e.is(wanted)) : Tri.unknown(e.unknownReasons());
    }

    /** Whether the statement has any condition: YES when one is known, unknown when they cannot be read. */
    public Tri hasCondition() {
        if (!conditions.isEmpty()) return Tri.YES;
        return conditionUnknownReasons.isEmpty() ? Tri.NO : Tri.unknown(conditionUnknownReasons);
    }

    /** The known conditions on {@code key} (compared without regard to case). */
    public List<PolicyCondition> conditionsOn(String key) {
        return conditions.stream().filter(c -> c.isOn(key)).toList();
    }
}
