package dev.opsmith.release.bump;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dependency requirement that pins one version behind an optional operator ({@code 1.2.0}, {@code ^1.2.0},
 * {@code ~1.2.0}, {@code >=1.2.0}, {@code workspace:^1.2.0}), as npm and Helm write them. Anything else (several
 * comparators, {@code 1.x}, {@code *}, {@code workspace:*}, a URL or a path) is not a single version and stays as
 * written.
 */
final class VersionRange {
    private static final Pattern SIMPLE = Pattern.compile(
            "(workspace:)?(\\^|~|>=|=|v)?(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?)");

    private VersionRange() {}

    /** Offsets (relative to the requirement) of the version inside a simple requirement. */
    static Optional<int[]> versionPart(String requirement) {
        Matcher m = SIMPLE.matcher(requirement);
        return m.matches() ? Optional.of(new int[] {m.start(3), m.end(3)}) : Optional.empty();
    }
}
