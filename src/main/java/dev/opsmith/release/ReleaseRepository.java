package dev.opsmith.release;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The read side of git that release needs, over JGit: discovery, the state checks that make a release safe, tags
 * by pattern, and the commits of a range with the paths they touch. Writing (commit, tag, push) is
 * {@link ReleaseWriter}'s job.
 */
public final class ReleaseRepository implements AutoCloseable {
    private final Repository repository;
    private final Git git;

    private ReleaseRepository(Repository repository) {
        this.repository = repository;
        this.git = new Git(repository);
    }

    /** The repository containing {@code start}, searching upwards as git does. */
    public static ReleaseRepository discover(Path start) throws ReleaseException {
        Path absolute = start.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) throw new ReleaseException(start + ": no such file or folder");
        try {
            FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(absolute.toFile());
            if (builder.getGitDir() == null) {
                throw new ReleaseException(start + ": not inside a git repository (searched this folder and its parents); "
                        + "run opsmith release from a clone");
            }
            Repository repo = builder.setMustExist(true).build();
            if (repo.isBare()) {
                repo.close();
                throw new ReleaseException(start + ": a bare repository has no working tree to release from; use a clone");
            }
            return new ReleaseRepository(repo);
        } catch (RepositoryNotFoundException e) {
            throw new ReleaseException(start + ": not inside a git repository; run opsmith release from a clone");
        } catch (IOException e) {
            throw new ReleaseException(start + ": cannot open the git repository (" + e.getMessage() + ")");
        }
    }

    public Repository jgit() {
        return repository;
    }

    public Git git() {
        return git;
    }

    public Path workTree() {
        return repository.getWorkTree().toPath();
    }

    /** The current branch's short name; refuses a detached HEAD or a repository without commits. */
    public String requireBranch() throws ReleaseException, IOException {
        String full = repository.getFullBranch();
        if (full == null || repository.resolve(Constants.HEAD) == null) {
            throw new ReleaseException("the repository has no commits yet; commit something before releasing");
        }
        if (!full.startsWith(Constants.R_HEADS)) {
            throw new ReleaseException("HEAD is detached at " + full.substring(0, Math.min(7, full.length()))
                    + "; release from a branch (git switch main), or in CI check out the branch rather than the commit");
        }
        return Repository.shortenRefName(full);
    }

    public RevCommit head() throws ReleaseException, IOException {
        ObjectId id = repository.resolve(Constants.HEAD);
        if (id == null) throw new ReleaseException("the repository has no commits yet; commit something before releasing");
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(id);
        }
    }

    /** Paths with uncommitted changes, untracked files included (ignored files are not), sorted. */
    public List<String> uncommittedChanges() throws IOException {
        try {
            Status status = git.status().call();
            TreeSet<String> paths = new TreeSet<>(status.getUncommittedChanges());
            paths.addAll(status.getUntracked());
            return List.copyOf(paths);
        } catch (GitAPIException e) {
            throw new IOException("git status failed: " + e.getMessage(), e);
        }
    }

    /** Whether this is a shallow clone ({@code .git/shallow} lists the cut-off commits). */
    public boolean isShallow() {
        return Files.isRegularFile(repository.getDirectory().toPath().resolve("shallow"));
    }

    /** A tag and the version it carries under some pattern. */
    public record Tag(String name, SemVer version, ObjectId commit) {
    }

    /** Every tag matching {@code pattern} with a valid SemVer, highest precedence first (reachable or not). */
    public List<Tag> tags(TagPattern pattern) throws IOException {
        List<Tag> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                String name = ref.getName().substring(Constants.R_TAGS.length());
                Optional<SemVer> version = pattern.parse(name);
                if (version.isEmpty()) continue;
                RevObject target = walk.peel(walk.parseAny(ref.getObjectId()));
                if (target instanceof RevCommit c) out.add(new Tag(name, version.get(), c.copy()));
            }
        }
        out.sort(Comparator.comparing(Tag::version).reversed().thenComparing(Tag::name));
        return out;
    }

    /** Whether a tag of this name exists. */
    public boolean tagExists(String name) throws IOException {
        return repository.exactRef(Constants.R_TAGS + name) != null;
    }

    /**
     * The tags among {@code tags} whose commit {@code from} contains, in the same order. One walk over the history
     * answers for every tag (stopping once all are found), rather than one reachability walk per tag.
     */
    public List<Tag> reachable(List<Tag> tags, ObjectId from) throws IOException {
        java.util.Set<ObjectId> wanted = new java.util.HashSet<>();
        for (Tag t : tags) wanted.add(t.commit());
        java.util.Set<ObjectId> found = new java.util.HashSet<>();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(from));
            for (RevCommit c : walk) {
                if (wanted.contains(c) && found.add(c.copy()) && found.size() == wanted.size()) break;
            }
        }
        List<Tag> out = new ArrayList<>();
        for (Tag t : tags) if (found.contains(t.commit())) out.add(t);
        return out;
    }

    /** A commit of a range with its parents and the paths it changed relative to its first parent. */
    public record RangeCommit(RevCommit commit, List<String> changedPaths) {
    }

    /**
     * The commits reachable from {@code tip} and not from {@code since} (all of history when empty), newest first
     * in topological order so the order does not depend on clock skew.
     */
    public List<RangeCommit> range(ObjectId tip, Optional<ObjectId> since, boolean firstParent) throws IOException {
        List<RangeCommit> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.sort(RevSort.TOPO, true);
            walk.setFirstParent(firstParent);
            walk.markStart(walk.parseCommit(tip));
            if (since.isPresent()) walk.markUninteresting(walk.parseCommit(since.get()));
            for (RevCommit c : walk) {
                out.add(new RangeCommit(c, changedPaths(c)));
            }
        }
        return out;
    }

    private List<String> changedPaths(RevCommit c) throws IOException {
        List<String> paths = new ArrayList<>();
        try (ObjectReader reader = repository.newObjectReader(); TreeWalk tw = new TreeWalk(reader)) {
            tw.setRecursive(true);
            if (c.getParentCount() == 0) {
                tw.addTree(new EmptyTreeIterator());
            } else {
                try (RevWalk walk = new RevWalk(reader)) {
                    RevCommit parent = walk.parseCommit(c.getParent(0));
                    tw.addTree(parent.getTree());
                }
            }
            tw.addTree(c.getTree());
            tw.setFilter(TreeFilter.ANY_DIFF);
            while (tw.next()) paths.add(tw.getPathString());
        }
        return paths;
    }

    /** The text of {@code path} (relative to the root, {@code /} separators) at a commit, or empty when absent. */
    public Optional<String> fileAt(ObjectId commitId, String path) throws IOException {
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
            RevCommit commit = walk.parseCommit(commitId);
            try (TreeWalk tw = new TreeWalk(reader)) {
                tw.addTree(commit.getTree());
                tw.setRecursive(true);
                tw.setFilter(PathFilter.create(path));
                while (tw.next()) {
                    if (tw.getPathString().equals(path)) {
                        return Optional.of(new String(reader.open(tw.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Parses a commit message and its author into a {@link Commit}. */
    public static Commit toCommit(RevCommit c) {
        PersonIdent author = c.getAuthorIdent();
        return new Commit(c.getName(), author.getName(), author.getEmailAddress(), author.getWhenAsInstant(),
                CommitParser.parse(c.getFullMessage()));
    }

    /** The commit a revision string names ({@code v1.2.0}, {@code origin/main~3}, a sha), or a clear refusal. */
    public ObjectId resolve(String revision) throws ReleaseException, IOException {
        ObjectId id;
        try {
            id = repository.resolve(revision + "^{commit}");
        } catch (org.eclipse.jgit.errors.RevisionSyntaxException | org.eclipse.jgit.errors.AmbiguousObjectException e) {
            throw new ReleaseException("'" + revision + "' is not a valid revision (" + e.getMessage() + ")");
        }
        if (id == null) throw new ReleaseException("'" + revision + "' does not name a commit in this repository");
        return id;
    }

    @Override
    public void close() {
        git.close();
        repository.close();
    }
}
