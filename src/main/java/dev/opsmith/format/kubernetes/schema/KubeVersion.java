package dev.opsmith.format.kubernetes.schema;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes minor release, the unit API availability changes in ({@code --kube-version}). Patch levels and
 * pre-release suffixes are accepted and ignored: {@code 1.31}, {@code v1.31.2} and {@code 1.31.0-rc.1} are all 1.31.
 */
public record KubeVersion(int major, int minor) implements Comparable<KubeVersion> {
    /** The newest release when this table was last reviewed (Kubernetes 1.36, April 2026). */
    public static final KubeVersion CURRENT = new KubeVersion(1, 36);

    private static final Pattern FORMAT = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.\\d+)?(?:[-+][0-9A-Za-z.+-]*)?");

    public KubeVersion {
        if (major < 1 || minor < 0) throw new IllegalArgumentException("not a Kubernetes version: " + major + "." + minor);
    }

    /** Parses {@code 1.31}, {@code v1.31} or {@code v1.31.2}; tells the user what is expected otherwise. */
    public static KubeVersion parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a Kubernetes version: \"" + text + "\" (expected e.g. 1.31 or v1.31.2)");
        }
        try {
            return new KubeVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a Kubernetes version: \"" + text + "\" (number too large)", e);
        }
    }

    public boolean isAtLeast(KubeVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(KubeVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
