package dev.opsmith.release.bump;

import java.util.List;
import java.util.Objects;

/**
 * Options for a bump.
 *
 * @param chartAppVersion also set a Helm chart's {@code appVersion}; off by default because many charts version the
 *     packaged application independently of the chart
 * @param snapshotAware for the release planner, not read by this package: whether a declared {@code -SNAPSHOT}
 *     version stands for the upcoming release of that number ({@code 1.3.0-SNAPSHOT} releases as {@code 1.3.0}).
 *     {@link VersionFiles#current} reports versions as declared and {@link VersionFiles#bump} writes the string it is
 *     given either way, so the caller owns the release/next-development cycle
 * @param extraFiles further files that carry the version, matched by a regex (see {@link ExtraFile})
 */
public record BumpSettings(boolean chartAppVersion, boolean snapshotAware, List<ExtraFile> extraFiles) {

    /** Chart {@code appVersion} untouched, snapshots recognised, no extra files. */
    public static final BumpSettings DEFAULT = new BumpSettings(false, true, List.of());

    public BumpSettings {
        extraFiles = List.copyOf(Objects.requireNonNull(extraFiles, "extraFiles"));
    }
}
