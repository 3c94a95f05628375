package dev.opsmith.rules.terraform.support;

import java.util.Locale;

/**
 * IAM action matching. An action is {@code service:Name}; a pattern may use {@code *} (any run of characters,
 * also none) and {@code ?} (exactly one character) anywhere. IAM compares service prefixes and action names
 * without regard to case, so {@code S3:getobject} grants {@code s3:GetObject}.
 */
public final class ActionPattern {

    private ActionPattern() {
    }

    /** Whether {@code pattern}, as written in a policy, grants {@code action}. */
    public static boolean matches(String pattern, String action) {
        return glob(pattern.toLowerCase(Locale.ROOT), 0, action.toLowerCase(Locale.ROOT), 0);
    }

    /** Whether the pattern grants every action of every service: {@code *} or {@code *:*}. */
    public static boolean isAll(String pattern) {
        String p = pattern.strip();
        return p.equals("*") || p.equals("*:*");
    }

    /** Whether the pattern is every action of one service ({@code s3:*}), not a partial wildcard ({@code s3:Get*}). */
    public static boolean isServiceWildcard(String pattern) {
        int colon = pattern.indexOf(':');
        if (colon <= 0) return false;
        String service = pattern.substring(0, colon);
        return pattern.substring(colon + 1).equals("*") && !service.contains("*") && !service.contains("?");
    }

    /** The service prefix of an action or pattern ({@code s3} for {@code s3:Get*}), lower case; empty without one. */
    public static String service(String pattern) {
        int colon = pattern.indexOf(':');
        return colon <= 0 ? "" : pattern.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    private static boolean glob(String p, int pi, String s, int si) {
        int star = -1;
        int mark = 0;
        while (si < s.length()) {
            if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = si;
            } else if (pi < p.length() && (p.charAt(pi) == '?' || p.charAt(pi) == s.charAt(si))) {
                pi++;
                si++;
            } else if (star >= 0) {
                pi = star + 1;
                si = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') pi++;
        return pi == p.length();
    }
}
