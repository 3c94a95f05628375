package dev.opsmith.release;

import java.util.Optional;

/**
 * How {@link ReleaseWriter} carries out a plan.
 *
 * @param allowDirty go ahead with uncommitted changes (they are left out of the release commit)
 * @param branch     branch mode: commit to this new branch for a pull request instead of tagging
 * @param push       push the commit and tags (or the branch) to {@code remote}; nothing is pushed otherwise
 * @param remote     the remote to push to
 */
public record WriteOptions(boolean allowDirty, Optional<String> branch, boolean push, String remote) {
    public static final WriteOptions DEFAULT = new WriteOptions(false, Optional.empty(), false, "origin");
}
