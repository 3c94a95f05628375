package dev.opsmith.release;

import dev.opsmith.release.CommitMessage.Kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The commits of a range sorted into what counts for a release: conventional commits that survive revert
 * cancellation, the reverted pairs, non-conventional commits (counted, fatal only under {@code --strict}), and the
 * merges and fixups that are skipped. It also finds the bump the surviving commits call for, and why.
 *
 * @param counted         conventional commits that count, newest first (reverts of older releases included)
 * @param cancelled       commits removed because a revert in the same range undoes them, with those reverts
 * @param nonConventional commits whose header is not a Conventional Commits header
 * @param skipped         merge commits and {@code fixup!}/{@code squash!} commits
 * @param bump            the largest bump any counted commit calls for (before the 0.x rule)
 * @param driver          the newest commit that calls for that bump, if any
 */
public record CommitAnalysis(List<Commit> counted, List<Commit> cancelled, List<Commit> nonConventional,
                             List<Commit> skipped, Bump bump, Optional<Commit> driver) {

    /** Analyses commits given newest first; {@code merge} tells which are merge commits (more than one parent). */
    public static CommitAnalysis of(List<Commit> commits, Predicate<Commit> merge, Map<String, Bump> bumps) {
        List<Commit> candidates = new ArrayList<>();
        List<Commit> nonConventional = new ArrayList<>();
        List<Commit> skipped = new ArrayList<>();
        for (Commit c : commits) {
            Kind kind = c.message().kind();
            if (merge.test(c) || kind == Kind.MERGE || kind == Kind.AUTOSQUASH) skipped.add(c);
            else if (kind == Kind.NON_CONVENTIONAL) nonConventional.add(c);
            else candidates.add(c);
        }
        Set<String> cancelledShas = cancelReverts(candidates);
        List<Commit> counted = new ArrayList<>();
        List<Commit> cancelled = new ArrayList<>();
        for (Commit c : candidates) (cancelledShas.contains(c.sha()) ? cancelled : counted).add(c);
        Bump bump = Bump.NONE;
        Commit driver = null;
        for (Commit c : counted) {
            Bump b = bumpOf(c.message(), bumps);
            if (b.compareTo(bump) > 0) {
                bump = b;
                driver = c;
            }
        }
        return new CommitAnalysis(List.copyOf(counted), List.copyOf(cancelled), List.copyOf(nonConventional),
                List.copyOf(skipped), bump, Optional.ofNullable(driver));
    }

    /** A breaking change is major whatever its type; otherwise the type's configured bump. */
    public static Bump bumpOf(CommitMessage m, Map<String, Bump> bumps) {
        if (m.breaking()) return Bump.MAJOR;
        return bumps.getOrDefault(m.type(), Bump.NONE);
    }

    /**
     * Pairs each revert with the commit it undoes when both are in the range, newest revert first, so a revert of a
     * revert restores the original commit. A revert names its target by commit id ({@code This reverts commit …}) or,
     * failing that, by quoting its header.
     */
    private static Set<String> cancelReverts(List<Commit> newestFirst) {
        Set<String> cancelled = new HashSet<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            Commit revert = newestFirst.get(i);
            CommitMessage m = revert.message();
            if (!m.isRevert() || cancelled.contains(revert.sha())) continue;
            for (int j = i + 1; j < newestFirst.size(); j++) {
                Commit target = newestFirst.get(j);
                if (cancelled.contains(target.sha())) continue;
                boolean bySha = m.revertedSha().map(sha -> target.sha().startsWith(sha)).orElse(false);
                boolean byHeader = m.revertedSha().isEmpty()
                        && m.revertedHeader().map(h -> h.equals(target.message().header())).orElse(false);
                if (bySha || byHeader) {
                    cancelled.add(revert.sha());
                    cancelled.add(target.sha());
                    break;
                }
            }
        }
        return cancelled;
    }
}
