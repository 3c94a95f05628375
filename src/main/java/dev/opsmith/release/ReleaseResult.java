package dev.opsmith.release;

import java.util.List;
import java.util.Optional;

/**
 * What a release did.
 *
 * @param commit         the release commit
 * @param files          the files it changed, relative to the repository root
 * @param tags           the tags created (none in branch mode)
 * @param branch         branch mode: the branch the release commit is on
 * @param snapshotCommit the development-version commit made after the tag, when configured
 * @param pushed         whether anything was pushed
 * @param title          the pull-request title (the release commit's message)
 * @param body           the pull-request body (the release notes)
 */
public record ReleaseResult(String commit, List<String> files, List<String> tags, Optional<String> branch,
                            Optional<String> snapshotCommit, boolean pushed, String title, String body) {
    public ReleaseResult {
        files = List.copyOf(files);
        tags = List.copyOf(tags);
    }
}
