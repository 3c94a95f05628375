package dev.opsmith.rules.terraform.support;

import java.util.List;

/** The {@code Action} or {@code NotAction} element of a statement, with IAM matching on top of its strings. */
public record ActionSet(PolicyStrings strings) {

    /** Whether some pattern grants {@code action}. */
    public Tri allows(String action) {
        return strings.any(p -> ActionPattern.matches(p, action));
    }

    /** Whether some pattern grants every action ({@code *}, {@code *:*}). */
    public Tri isAll() {
        return strings.any(ActionPattern::isAll);
    }

    /** The patterns that grant {@code action}. */
    public List<PolicyString> granting(String action) {
        return strings.matching(p -> ActionPattern.matches(p, action));
    }

    /** The patterns that grant every action of one service ({@code s3:*}). */
    public List<PolicyString> serviceWildcards() {
        return strings.matching(ActionPattern::isServiceWildcard);
    }

    public boolean written() {
        return strings.written();
    }
}
