package dev.opsmith.release;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A git repository for tests, built with JGit: every commit gets the next minute of a fixed timeline, so ids,
 * orders and changelogs are the same on every run.
 */
final class TestRepo implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    final Path dir;
    final Git git;
    private int tick;
    private int fileCounter;

    private TestRepo(Path dir, Git git) {
        this.dir = dir;
        this.git = git;
    }

    static TestRepo init(Path dir) throws Exception {
        Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        StoredConfig config = git.getRepository().getConfig();
        config.setString("user", null, "name", "Release Bot");
        config.setString("user", null, "email", "release-bot@example.com");
        config.setBoolean("commit", null, "gpgsign", false);
        config.save();
        return new TestRepo(dir, git);
    }

    PersonIdent person(String name) {
        Instant when = START.plusSeconds(60L * tick++);
        return new PersonIdent(name, name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.com",
                when, ZoneOffset.UTC);
    }

    /** Writes a file (path relative to the repository) without committing it. */
    TestRepo write(String path, String text) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return this;
    }

    /** Commits a change to a fresh file at the root. */
    RevCommit commit(String message) throws Exception {
        return commitIn(".", message, "Ada Lovelace");
    }

    RevCommit commit(String message, String author) throws Exception {
        return commitIn(".", message, author);
    }

    /** Commits a change to a fresh file in {@code folder}. */
    RevCommit commitIn(String folder, String message, String author) throws Exception {
        String name = (folder.equals(".") ? "" : folder + "/") + "change-" + (++fileCounter) + ".txt";
        write(name, "change " + fileCounter + "\n");
        return commitAll(message, author);
    }

    /** Commits everything in the working tree as {@code author}. */
    RevCommit commitAll(String message, String author) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent who = person(author);
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    void tag(String name) throws Exception {
        git.tag().setName(name).setAnnotated(true).setMessage(name).setTagger(person("Release Bot")).call();
    }

    void lightweightTag(String name, RevCommit at) throws Exception {
        git.tag().setName(name).setAnnotated(false).setObjectId(at).call();
    }

    ReleaseRepository open() throws ReleaseException {
        return ReleaseRepository.discover(dir);
    }

    ReleasePlan plan(ReleaseSettings settings, PlanOptions options) throws Exception {
        try (ReleaseRepository repo = open()) {
            return new ReleasePlanner(repo, settings, CLOCK).plan(options);
        }
    }

    ReleasePlan plan() throws Exception {
        return plan(ReleaseSettings.defaults(), PlanOptions.DEFAULT);
    }

    @Override
    public void close() {
        git.close();
    }
}
