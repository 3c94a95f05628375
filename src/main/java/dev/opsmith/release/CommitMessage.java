package dev.opsmith.release;

import java.util.List;
import java.util.Optional;

/**
 * A commit message as release reads it: a Conventional Commits header, body and footers, or one of the other forms
 * real histories contain (git's revert messages, merge commits, fixups, free text).
 *
 * @param kind          which form the message has
 * @param header        the first line as written
 * @param type          the Conventional Commits type in lower case ({@code feat}); {@code revert} for both revert forms;
 *                      empty for merges, fixups and free text
 * @param scope         the scope without parentheses, empty when there is none
 * @param bang          whether the header carries {@code !} before the colon
 * @param description   the description, without a squash-merge suffix {@code (#123)}
 * @param body          the text between the header and the footers, trimmed; empty when there is none
 * @param footers       the trailing {@code token: value} / {@code token #value} lines, in order
 * @param pullRequest   the pull or merge request number of a squash suffix or a GitHub merge message, if any
 * @param revertedSha   for a revert: the commit id from {@code This reverts commit <sha>.}, if the body names one
 * @param revertedHeader for a revert: the header of the reverted commit, when the message quotes it
 */
public record CommitMessage(Kind kind, String header, String type, String scope, boolean bang, String description,
                            String body, List<Footer> footers, Optional<Integer> pullRequest,
                            Optional<String> revertedSha, Optional<String> revertedHeader) {

    /** The forms a commit message can take. */
    public enum Kind {
        /** {@code type(scope)!: description}, including the {@code revert:} type. */
        CONVENTIONAL,
        /** Git's own {@code Revert "…"} message. */
        GIT_REVERT,
        /** A merge commit's message ({@code Merge pull request #12 from …}, {@code Merge branch 'x'}). */
        MERGE,
        /** {@code fixup!}, {@code squash!} or {@code amend!}: folded into another commit by an interactive rebase. */
        AUTOSQUASH,
        /** Anything else. */
        NON_CONVENTIONAL
    }

    /** One footer; {@code token} is as written ({@code BREAKING CHANGE}, {@code Refs}, {@code Closes}). */
    public record Footer(String token, String separator, String value) {
        public boolean isBreaking() {
            return token.equals("BREAKING CHANGE") || token.equals("BREAKING-CHANGE");
        }
    }

    public CommitMessage {
        footers = List.copyOf(footers);
    }

    /** A breaking change by {@code !} or by a {@code BREAKING CHANGE} footer. */
    public boolean breaking() {
        return bang || footers.stream().anyMatch(Footer::isBreaking);
    }

    /**
     * What a breaking change breaks, for the changelog: the footers' text, or the description when only {@code !}
     * marks it (the specification says the description then serves as the note).
     */
    public List<String> breakingNotes() {
        List<String> notes = footers.stream().filter(Footer::isBreaking).map(Footer::value).toList();
        if (notes.isEmpty() && bang) return List.of(description);
        return notes;
    }

    /** Whether this message reverts an earlier commit (either form). */
    public boolean isRevert() {
        return kind == Kind.GIT_REVERT || (kind == Kind.CONVENTIONAL && type.equals("revert"));
    }
}
