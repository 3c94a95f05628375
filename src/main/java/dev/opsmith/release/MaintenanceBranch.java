package dev.opsmith.release;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A maintenance branch, recognised by its name as semantic-release does: {@code 1.2.x} releases only patches of 1.2,
 * {@code 1.x} minors and patches of 1 (a {@code release/} or other prefix is allowed). Old lines keep getting fixes
 * without ever releasing a version that belongs to the main line.
 */
record MaintenanceBranch(long major, Optional<Long> minor) {
    private static final Pattern NAME = Pattern.compile("(?:.*/)?(?<major>0|[1-9]\\d*)\\.(?:(?<minor>0|[1-9]\\d*)\\.)?x");

    static Optional<MaintenanceBranch> of(String branch) {
        Matcher m = NAME.matcher(branch);
        if (!m.matches()) return Optional.empty();
        Optional<Long> minor = m.group("minor") == null ? Optional.empty() : Optional.of(Long.parseLong(m.group("minor")));
        return Optional.of(new MaintenanceBranch(Long.parseLong(m.group("major")), minor));
    }

    /** Whether a version belongs to this line. */
    boolean contains(SemVer v) {
        return v.major() == major && minor.map(mi -> v.minor() == mi).orElse(true);
    }

    /** The largest bump the line may release. */
    Bump allowed() {
        return minor.isPresent() ? Bump.PATCH : Bump.MINOR;
    }

    /** The line's first version, to name the tag a branch should start from. */
    SemVer first() {
        return SemVer.of(major, minor.orElse(0L), 0);
    }

    @Override
    public String toString() {
        return major + minor.map(mi -> "." + mi).orElse("") + ".x";
    }
}
