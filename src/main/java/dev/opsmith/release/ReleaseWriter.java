package dev.opsmith.release;

import dev.opsmith.release.PackagePlan.DependencyUpdate;
import dev.opsmith.release.bump.BumpException;
import dev.opsmith.release.bump.FileEdit;
import dev.opsmith.release.bump.VersionFiles;
import org.eclipse.jgit.api.AddCommand;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Carries out a {@link ReleasePlan}: build-file versions, changelogs, the release commit, annotated tags, the
 * optional development-version commit and push. Every check that can refuse runs before the first write; when a
 * step fails after the commit, the error says what was done and how to finish or undo it.
 */
public final class ReleaseWriter {
    private final ReleaseRepository repo;
    private final ReleaseSettings settings;

    public ReleaseWriter(ReleaseRepository repo, ReleaseSettings settings) {
        this.repo = repo;
        this.settings = settings;
    }

    /** The release commit message for the packages released ({@code payments-api 1.3.0, ledger 2.0.1} in a monorepo). */
    public String commitMessage(ReleasePlan plan) {
        return settings.commitMessage().replace("{version}", versionsText(plan));
    }

    private String versionsText(ReleasePlan plan) {
        if (settings.singlePackage()) return plan.releasing().get(0).next().orElseThrow().toString();
        List<String> parts = new ArrayList<>();
        for (PackagePlan p : plan.releasing()) parts.add(p.spec().name() + " " + p.next().orElseThrow());
        return String.join(", ", parts);
    }

    /** Release notes for the pull request or a release page: each package's notes, under its name in a monorepo. */
    public String notes(ReleasePlan plan) {
        Changelog changelog = new Changelog(settings);
        StringBuilder sb = new StringBuilder();
        for (PackagePlan p : plan.releasing()) {
            if (!settings.singlePackage()) sb.append("## ").append(p.nextTag().orElseThrow()).append("\n\n");
            sb.append(changelog.notes(p)).append('\n');
        }
        return sb.toString().strip() + "\n";
    }

    public ReleaseResult write(ReleasePlan plan, WriteOptions options) throws ReleaseException, IOException {
        if (plan.releasing().isEmpty()) throw new IllegalArgumentException("the plan releases nothing");
        refuseUnsafe(plan, options);
        String originalBranch = repo.requireBranch();
        if (options.branch().isPresent()) switchToNewBranch(options.branch().get());

        List<String> files;
        try {
            files = writeFiles(plan);
        } catch (ReleaseException | IOException e) {
            List<String> lines = new ArrayList<>();
            lines.add("writing the release files failed: " + e.getMessage());
            lines.add("nothing was committed; git status shows the files the release changed (revert one with git restore FILE)");
            options.branch().ifPresent(b -> lines.add("branch " + b + " was created and checked out; return with git switch "
                    + originalBranch + " and remove it with git branch -D " + b));
            throw new ReleaseException(lines);
        }
        String message = commitMessage(plan);
        RevCommit commit = commit(message, files);
        List<String> done = new ArrayList<>();
        done.add("committed " + commit.abbreviate(7).name() + " \"" + message + "\" on "
                + options.branch().orElse(originalBranch) + " (" + String.join(", ", files) + ")");
        String notes = notes(plan);

        if (options.branch().isPresent()) {
            boolean pushed = false;
            if (options.push()) {
                push(options.remote(), List.of(Constants.R_HEADS + options.branch().get()), done,
                        "push the branch with git push " + options.remote() + " " + options.branch().get());
                pushed = true;
            }
            return new ReleaseResult(commit.getName(), files, List.of(), options.branch(), Optional.empty(), pushed,
                    message, notes);
        }

        List<String> tags = new ArrayList<>();
        Changelog changelog = new Changelog(settings);
        for (PackagePlan p : plan.releasing()) {
            String tag = p.nextTag().orElseThrow();
            try {
                repo.git().tag().setName(tag).setObjectId(commit).setAnnotated(true)
                        .setMessage(tag + "\n\n" + changelog.notes(p)).setSigned(settings.sign())
                        .setCredentialsProvider(ReleaseSigning.NO_PROMPT).call();
                tags.add(tag);
                done.add("created tag " + tag);
            } catch (GitAPIException | RuntimeException e) {
                throw partial("creating tag " + tag + " failed: " + e.getMessage(), done,
                        "finish with opsmith release tag (it tags the release commit), or git tag -a " + tag + " "
                                + commit.abbreviate(7).name(),
                        undo(tags, commit));
            }
        }

        Optional<String> snapshot = Optional.empty();
        if (settings.snapshot() && plan.releasing().stream().noneMatch(p -> p.next().orElseThrow().isPreRelease())) {
            try {
                snapshot = snapshotCommit(plan);
                snapshot.ifPresent(s -> done.add("committed the next development version (" + s.substring(0, 7) + ")"));
            } catch (ReleaseException | IOException | RuntimeException e) {
                throw partial("the development-version commit failed: " + e.getMessage(), done,
                        "the release itself is complete; set the next development version by hand and commit it",
                        "nothing to undo for the release");
            }
        }

        boolean pushed = false;
        if (options.push()) {
            List<String> refs = new ArrayList<>();
            refs.add(Constants.R_HEADS + originalBranch);
            for (String t : tags) refs.add(Constants.R_TAGS + t);
            push(options.remote(), refs, done, "push with git push --atomic " + options.remote() + " " + originalBranch
                    + " " + String.join(" ", tags));
            pushed = true;
        }
        return new ReleaseResult(commit.getName(), files, tags, Optional.empty(), snapshot, pushed, message, notes);
    }

    private String undo(List<String> tags, RevCommit commit) {
        StringBuilder sb = new StringBuilder("to undo: ");
        for (String t : tags) sb.append("git tag -d ").append(t).append(" && ");
        return sb.append("git reset --keep ").append(commit.abbreviate(7).name()).append("~1").toString();
    }

    private static ReleaseException partial(String failure, List<String> done, String finish, String undo) {
        List<String> lines = new ArrayList<>();
        lines.add(failure);
        for (String d : done) lines.add("already done: " + d);
        lines.add(finish);
        lines.add(undo);
        return new ReleaseException(lines);
    }

    /** The refusals: all before the first write. */
    private void refuseUnsafe(ReleasePlan plan, WriteOptions options) throws ReleaseException, IOException {
        repo.requireBranch();
        if (!repo.head().getName().equals(plan.head())) {
            throw new ReleaseException("HEAD moved since the plan was made; run the release again");
        }
        if (!options.allowDirty()) {
            List<String> dirty = repo.uncommittedChanges();
            if (!dirty.isEmpty()) {
                List<String> shown = dirty.size() > 10 ? dirty.subList(0, 10) : dirty;
                throw new ReleaseException(List.of("the working tree has uncommitted changes: " + String.join(", ", shown)
                                + (dirty.size() > 10 ? " and " + (dirty.size() - 10) + " more" : ""),
                        "commit or stash them first, or pass --allow-dirty to release anyway (they stay out of the release commit)"));
            }
        }
        for (PackagePlan p : plan.releasing()) {
            String tag = p.nextTag().orElseThrow();
            if (!org.eclipse.jgit.lib.Repository.isValidRefName(Constants.R_TAGS + tag)) {
                throw new ReleaseException("'" + tag + "' is not a valid git tag name; fix the tag pattern ("
                        + p.spec().tagPattern() + ") in release.tag-pattern or release.packages");
            }
            if (repo.tagExists(tag)) {
                throw new ReleaseException(List.of("tag " + tag + " already exists",
                        "if that release is complete there is nothing to do; otherwise delete the tag (git tag -d " + tag
                                + ") or release another version with --as"));
            }
        }
        // signing is tried before anything is written: a missing key or a passphrase prompt must not leave a
        // release commit without its tag
        if ((settings.sign() && options.branch().isEmpty()) || settings.signCommits()) ReleaseSigning.require(repo);
        if (options.branch().isPresent()) {
            String b = options.branch().get();
            if (!org.eclipse.jgit.lib.Repository.isValidRefName(Constants.R_HEADS + b)) {
                throw new ReleaseException("--branch " + b + ": not a valid branch name");
            }
            if (repo.jgit().exactRef(Constants.R_HEADS + b) != null) {
                throw new ReleaseException(List.of("branch " + b + " already exists",
                        "delete it (git branch -D " + b + ") or choose another name"));
            }
        }
        if (options.push() && !repo.jgit().getRemoteNames().contains(options.remote())) {
            throw new ReleaseException("--push: the repository has no remote named " + options.remote()
                    + "; add it (git remote add " + options.remote() + " URL) or release without --push");
        }
    }

    private void switchToNewBranch(String branch) throws ReleaseException {
        try {
            repo.git().checkout().setCreateBranch(true).setName(branch).call();
        } catch (GitAPIException e) {
            throw new ReleaseException("cannot create branch " + branch + ": " + e.getMessage());
        }
    }

    /** Own versions first, then dependency versions read afresh (a file may carry both), then changelogs. */
    private List<String> writeFiles(ReleasePlan plan) throws ReleaseException, IOException {
        Set<Path> changed = new LinkedHashSet<>();
        try {
            for (PackagePlan p : plan.releasing()) {
                if (p.declared().isEmpty()) continue;
                List<FileEdit> edits = VersionFiles.bump(dir(p), p.next().orElseThrow().toString(), settings.bumpSettings());
                VersionFiles.write(edits);
                edits.stream().filter(FileEdit::changed).forEach(e -> changed.add(e.file()));
            }
            for (PackagePlan p : plan.packages()) {
                for (DependencyUpdate d : p.dependencies()) {
                    PackagePlan dependency = plan.packages().stream().filter(x -> x.spec().name().equals(d.packageName()))
                            .findFirst().orElseThrow();
                    for (String name : VersionFiles.names(dir(dependency))) {
                        List<FileEdit> edits = VersionFiles.bumpDependency(dir(p), name, d.version().toString(),
                                settings.bumpSettings());
                        VersionFiles.write(edits);
                        edits.stream().filter(FileEdit::changed).forEach(e -> changed.add(e.file()));
                    }
                }
            }
        } catch (BumpException e) {
            throw new ReleaseException(e.getMessage());
        }
        Changelog changelog = new Changelog(settings);
        for (PackagePlan p : plan.releasing()) {
            Path file = dir(p).resolve(settings.changelogFile());
            String shown = relative(file);
            Optional<String> existing = Files.isRegularFile(file)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
            String text = Changelog.insert(existing, changelog.entry(p, plan.date()), p.next().orElseThrow(), shown);
            writeAtomically(file, text);
            changed.add(file);
        }
        return changed.stream().map(this::relative).toList();
    }

    private Optional<String> snapshotCommit(ReleasePlan plan) throws ReleaseException, IOException {
        List<String> files = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        try {
            for (PackagePlan p : plan.releasing()) {
                if (p.declared().isEmpty()) continue;
                SemVer next = p.next().orElseThrow().bump(Bump.PATCH);
                String dev = next + "-SNAPSHOT";
                List<FileEdit> edits = VersionFiles.bump(dir(p), dev, settings.bumpSettings());
                VersionFiles.write(edits);
                edits.stream().filter(FileEdit::changed).forEach(e -> files.add(relative(e.file())));
                versions.add(settings.singlePackage() ? dev : p.spec().name() + " " + dev);
            }
        } catch (BumpException e) {
            throw new ReleaseException(e.getMessage());
        }
        if (files.isEmpty()) return Optional.empty();
        RevCommit c = commit(settings.snapshotMessage().replace("{version}", String.join(", ", versions)), files);
        return Optional.of(c.getName());
    }

    private RevCommit commit(String message, List<String> files) throws ReleaseException {
        try {
            AddCommand add = repo.git().add();
            for (String f : files) add.addFilepattern(f);
            add.call();
            CommitCommand commit = repo.git().commit().setMessage(message).setSign(settings.signCommits())
                    .setCredentialsProvider(ReleaseSigning.NO_PROMPT);
            for (String f : files) commit.setOnly(f);
            return commit.call();
        } catch (GitAPIException e) {
            throw new ReleaseException(List.of("the release commit failed: " + e.getMessage(),
                    "the files were changed but not committed (" + String.join(", ", files) + "); undo with git restore"
                            + " --staged --worktree " + String.join(" ", files) + " or commit them by hand"));
        }
    }

    private void push(String remote, List<String> refs, List<String> done, String finish) throws ReleaseException {
        try {
            var push = repo.git().push().setRemote(remote).setAtomic(true);
            for (String r : refs) push.add(r);
            List<String> rejected = new ArrayList<>();
            for (PushResult result : push.call()) {
                for (RemoteRefUpdate u : result.getRemoteUpdates()) {
                    if (u.getStatus() != RemoteRefUpdate.Status.OK && u.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
                        rejected.add(u.getRemoteName() + " " + u.getStatus() + (u.getMessage() == null ? "" : " (" + u.getMessage() + ")"));
                    }
                }
            }
            if (!rejected.isEmpty()) throw new ReleaseException("rejected: " + String.join(", ", rejected));
            done.add("pushed " + String.join(", ", refs) + " to " + remote);
        } catch (GitAPIException | ReleaseException e) {
            throw partial("pushing to " + remote + " failed: " + e.getMessage(), done, "finish with: " + finish,
                    "nothing was pushed; the local release is complete");
        }
    }

    private Path dir(PackagePlan p) {
        return p.spec().isRoot() ? repo.workTree() : repo.workTree().resolve(p.spec().path());
    }

    private String relative(Path file) {
        return repo.workTree().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
