package dev.opsmith.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version as SemVer 2.0.0 defines it. Our own small class rather than a library: release needs only
 * parsing, precedence and the three bumps, and owning them keeps the pre-release rules visible in one place.
 *
 * @param preRelease dot-separated identifiers after {@code -} (empty for a normal release)
 * @param build      build metadata after {@code +} (empty when absent); it never affects precedence
 */
public record SemVer(long major, long minor, long patch, List<String> preRelease, String build)
        implements Comparable<SemVer> {

    // the grammar of semver.org: no leading zeros in numeric parts, identifiers of [0-9A-Za-z-]
    private static final Pattern GRAMMAR = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
                    + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
                    + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

    public SemVer {
        preRelease = List.copyOf(preRelease);
        build = build == null ? "" : build;
    }

    public static SemVer of(long major, long minor, long patch) {
        return new SemVer(major, minor, patch, List.of(), "");
    }

    /** The version {@code text} spells, or empty when it is not a valid semantic version (no {@code v} prefix). */
    public static Optional<SemVer> parse(String text) {
        if (text == null) return Optional.empty();
        Matcher m = GRAMMAR.matcher(text);
        if (!m.matches()) return Optional.empty();
        try {
            List<String> pre = m.group(4) == null ? List.of() : List.of(m.group(4).split("\\."));
            return Optional.of(new SemVer(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                    Long.parseLong(m.group(3)), pre, m.group(5)));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    public boolean isPreRelease() {
        return !preRelease.isEmpty();
    }

    /** The same version without pre-release identifiers or build metadata: what a pre-release is promoted to. */
    public SemVer release() {
        return new SemVer(major, minor, patch, List.of(), "");
    }

    /** The next version for a bump, from this one as a normal release (pre-release and build are dropped). */
    public SemVer bump(Bump bump) {
        return switch (bump) {
            case MAJOR -> of(major + 1, 0, 0);
            case MINOR -> of(major, minor + 1, 0);
            case PATCH -> of(major, minor, patch + 1);
            case NONE -> release();
        };
    }

    /** This version with the given pre-release identifiers. */
    public SemVer withPreRelease(List<String> identifiers) {
        return new SemVer(major, minor, patch, identifiers, "");
    }

    @Override
    public int compareTo(SemVer o) {
        int c = Long.compare(major, o.major);
        if (c == 0) c = Long.compare(minor, o.minor);
        if (c == 0) c = Long.compare(patch, o.patch);
        if (c != 0) return c;
        // a pre-release has lower precedence than the normal version
        if (preRelease.isEmpty() || o.preRelease.isEmpty()) {
            return Boolean.compare(preRelease.isEmpty(), o.preRelease.isEmpty());
        }
        for (int i = 0; i < Math.min(preRelease.size(), o.preRelease.size()); i++) {
            c = compareIdentifier(preRelease.get(i), o.preRelease.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(preRelease.size(), o.preRelease.size());
    }

    /** Numeric identifiers compare as numbers and sort below alphanumeric ones; others compare in ASCII order. */
    private static int compareIdentifier(String a, String b) {
        boolean an = isNumeric(a);
        boolean bn = isNumeric(b);
        if (an && bn) return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        if (an != bn) return an ? -1 : 1;
        return a.compareTo(b);
    }

    static boolean isNumeric(String identifier) {
        if (identifier.isEmpty()) return false;
        for (int i = 0; i < identifier.length(); i++) {
            if (!Character.isDigit(identifier.charAt(i)) || identifier.charAt(i) > '9') return false;
        }
        return true;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(major).append('.').append(minor).append('.').append(patch);
        if (!preRelease.isEmpty()) sb.append('-').append(String.join(".", preRelease));
        if (!build.isEmpty()) sb.append('+').append(build);
        return sb.toString();
    }

    /** Identifiers for a channel's n-th pre-release: {@code rc} and 2 give {@code [rc, 2]}. */
    static List<String> channel(String channel, long number) {
        List<String> ids = new ArrayList<>(List.of(channel.split("\\.")));
        ids.add(Long.toString(number));
        return ids;
    }
}
