package dev.opsmith.release;

import dev.opsmith.release.ReleaseRepository.Tag;
import dev.opsmith.release.ReleaseSettings.PackageSpec;
import dev.opsmith.release.bump.FileEdit;

import java.util.List;
import java.util.Optional;

/**
 * What a release would do for one package; computed without writing anything.
 *
 * @param lastRelease   the newest normal release reachable from HEAD (pre-releases excluded)
 * @param previousTag   the tag the release notes start from: the last release, or for a further pre-release the
 *                      last pre-release
 * @param declared      the version the build files declare, when they declare one
 * @param analysis      every commit since the last release that touched the package
 * @param notes         the commits the release notes list (since {@code previousTag})
 * @param next          the version to release, empty when there is nothing to release
 * @param bump          the bump applied to the last release (NONE with {@code --as} or no release)
 * @param reason        one sentence saying why (or why not)
 * @param dependencies  in-repository dependencies released alongside, whose versions this package's build files
 *                      will be updated to
 */
public record PackagePlan(PackageSpec spec, Optional<Tag> lastRelease, Optional<String> previousTag,
                          Optional<SemVer> declared, CommitAnalysis analysis, CommitAnalysis notes,
                          Optional<SemVer> next, Bump bump, String reason, List<DependencyUpdate> dependencies) {

    /** A released package this one depends on, and the edits that point this package's build files at it. */
    public record DependencyUpdate(String packageName, SemVer version, List<FileEdit> edits) {
    }

    public PackagePlan {
        dependencies = List.copyOf(dependencies);
    }

    public boolean releases() {
        return next.isPresent();
    }

    public Optional<String> nextTag() {
        return next.map(v -> spec.tagPattern().format(v));
    }

    public Optional<SemVer> current() {
        return lastRelease.map(Tag::version);
    }

    PackagePlan withRelease(SemVer version, Bump newBump, String newReason, List<DependencyUpdate> deps) {
        return new PackagePlan(spec, lastRelease, previousTag, declared, analysis, notes, Optional.of(version), newBump,
                newReason, deps);
    }
}
