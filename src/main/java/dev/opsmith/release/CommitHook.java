package dev.opsmith.release;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The git side of {@code opsmith commitlint}: checking a range of commits and installing the commit-msg hook. */
public final class CommitHook {
    static final String MARKER = "# installed by opsmith commitlint --install-hook";
    private static final String SCRIPT = "#!/bin/sh\n" + MARKER + "\nexec opsmith commitlint --message-file \"$1\"\n";

    private CommitHook() {
    }

    /** One checked commit. */
    public record Checked(String sha, String header, List<String> problems) {
    }

    /** Checks the commits reachable from {@code to} and not from {@code from} (only {@code to} itself without it), oldest first. */
    public static List<Checked> check(ReleaseRepository repo, CommitLinter linter, Optional<String> from, String to)
            throws ReleaseException, IOException {
        ObjectId tip = repo.resolve(to);
        List<Checked> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo.jgit())) {
            if (from.isEmpty()) {
                RevCommit c = walk.parseCommit(tip);
                out.add(new Checked(c.getName(), c.getShortMessage(), linter.lint(c.getFullMessage(), false)));
                return out;
            }
            walk.sort(RevSort.TOPO, true);
            walk.sort(RevSort.REVERSE, true);
            walk.markStart(walk.parseCommit(tip));
            walk.markUninteresting(walk.parseCommit(repo.resolve(from.get())));
            for (RevCommit c : walk) out.add(new Checked(c.getName(), c.getShortMessage(), linter.lint(c.getFullMessage(), false)));
        }
        return out;
    }

    /**
     * Writes the {@code commit-msg} hook into the hooks folder git uses ({@code core.hooksPath} or {@code .git/hooks}).
     * A hook opsmith installed before is replaced; any other hook is left alone and the user is told what to add.
     */
    public static Path install(ReleaseRepository repo) throws ReleaseException, IOException {
        String hooksPath = repo.jgit().getConfig().getString("core", null, "hooksPath");
        Path hooks = hooksPath == null ? repo.jgit().getDirectory().toPath().resolve("hooks")
                : repo.workTree().resolve(hooksPath);
        Path hook = hooks.resolve("commit-msg");
        if (Files.exists(hook) && !Files.readString(hook, StandardCharsets.UTF_8).contains(MARKER)) {
            throw new ReleaseException(List.of(hook + ": a commit-msg hook already exists and opsmith did not write it",
                    "add this line to it instead: opsmith commitlint --message-file \"$1\" || exit 1"));
        }
        Files.createDirectories(hooks);
        Files.writeString(hook, SCRIPT, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException notPosix) {
            hook.toFile().setExecutable(true);
        }
        return hook;
    }
}
