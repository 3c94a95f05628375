package dev.opsmith.release;

import dev.opsmith.release.ReleaseSettings.PackageSpec;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second half of branch mode: after the release pull request is merged, finds the release commit on the main
 * line that has no tag yet and tags it. A squash merge leaves the release commit's message on the main line (with
 * GitHub's {@code (#45)} suffix); a merge commit brings the release commit in as its second parent, and then the merge
 * commit is tagged, as it is what the main line builds.
 */
public final class ReleaseTagger {
    private final ReleaseRepository repo;
    private final ReleaseSettings settings;

    public ReleaseTagger(ReleaseRepository repo, ReleaseSettings settings) {
        this.repo = repo;
        this.settings = settings;
    }

    /** A commit to tag and the tags it gets. */
    public record Pending(RevCommit commit, Map<String, SemVer> tags) {
    }

    /** The newest untagged release commit on the main line since the last release, or empty when there is none. */
    public Optional<Pending> find() throws ReleaseException, IOException {
        repo.requireBranch();
        Pattern message = messagePattern();
        try (RevWalk walk = new RevWalk(repo.jgit())) {
            RevCommit c = walk.parseCommit(repo.head());
            int steps = 0;
            while (c != null && steps++ < 10_000) {
                Optional<Map<String, SemVer>> versions = releaseVersions(c, message);
                if (versions.isEmpty() && c.getParentCount() > 1) {
                    versions = releaseVersions(walk.parseCommit(c.getParent(1)), message);
                }
                if (versions.isPresent()) {
                    Map<String, String> tags = new LinkedHashMap<>();
                    Map<String, SemVer> pending = new LinkedHashMap<>();
                    boolean allTagged = true;
                    for (Map.Entry<String, SemVer> e : versions.get().entrySet()) {
                        String tag = spec(e.getKey()).tagPattern().format(e.getValue());
                        tags.put(tag, e.getKey());
                        if (!repo.tagExists(tag)) {
                            allTagged = false;
                            pending.put(tag, e.getValue());
                        }
                    }
                    return allTagged ? Optional.empty() : Optional.of(new Pending(c, pending));
                }
                c = c.getParentCount() == 0 ? null : walk.parseCommit(c.getParent(0));
            }
        }
        return Optional.empty();
    }

    /** Tags the pending release commit with annotated tags whose message is the release's changelog entry. */
    public List<String> tag(Pending pending) throws ReleaseException, IOException {
        if (settings.sign()) ReleaseSigning.require(repo);
        List<String> created = new ArrayList<>();
        for (Map.Entry<String, SemVer> e : pending.tags().entrySet()) {
            String tag = e.getKey();
            String notes = notesAt(pending.commit(), e.getValue(), tag);
            try {
                repo.git().tag().setName(tag).setObjectId(pending.commit()).setAnnotated(true)
                        .setMessage(tag + "\n\n" + notes).setSigned(settings.sign())
                        .setCredentialsProvider(ReleaseSigning.NO_PROMPT).call();
                created.add(tag);
            } catch (GitAPIException | RuntimeException ex) {
                List<String> lines = new ArrayList<>();
                lines.add("creating tag " + tag + " failed: " + ex.getMessage());
                if (!created.isEmpty()) lines.add("already created: " + String.join(", ", created));
                lines.add("run opsmith release tag again once the cause is fixed");
                throw new ReleaseException(lines);
            }
        }
        return created;
    }

    /** Pushes tags already created locally; on failure says they exist locally and how to push them. */
    public void push(String remote, List<String> tags) throws ReleaseException {
        String finish = "the tags exist locally; push them with git push " + remote + " " + String.join(" ", tags);
        if (!repo.jgit().getRemoteNames().contains(remote)) {
            throw new ReleaseException(List.of("--push: the repository has no remote named " + remote, finish));
        }
        try {
            var push = repo.git().push().setRemote(remote);
            for (String t : tags) push.add(org.eclipse.jgit.lib.Constants.R_TAGS + t);
            List<String> rejected = new ArrayList<>();
            for (var result : push.call()) {
                for (var u : result.getRemoteUpdates()) {
                    if (u.getStatus() != org.eclipse.jgit.transport.RemoteRefUpdate.Status.OK
                            && u.getStatus() != org.eclipse.jgit.transport.RemoteRefUpdate.Status.UP_TO_DATE) {
                        rejected.add(u.getRemoteName() + " " + u.getStatus());
                    }
                }
            }
            if (!rejected.isEmpty()) {
                throw new ReleaseException(List.of("pushing to " + remote + " was rejected: " + String.join(", ", rejected), finish));
            }
        } catch (GitAPIException e) {
            throw new ReleaseException(List.of("pushing to " + remote + " failed: " + e.getMessage(), finish));
        }
    }

    /**
     * The release notes recorded in the changelog of the tagged commit, so the tag says what the pull request
     * reviewers read; a short line when the changelog has no entry.
     */
    private String notesAt(RevCommit commit, SemVer version, String tag) throws IOException {
        String name = tagPackage(tag);
        PackageSpec spec = spec(name);
        String path = (spec.isRoot() ? "" : spec.path() + "/") + settings.changelogFile();
        Optional<String> text = repo.fileAt(commit, path);
        if (text.isEmpty()) return "Release " + version + ".";
        List<String> lines = List.of(text.get().replace("\r\n", "\n").split("\n", -1));
        Pattern heading = Pattern.compile("## \\[?" + Pattern.quote(version.toString()) + "\\]?(?:[ (].*)?");
        StringBuilder sb = new StringBuilder();
        boolean in = false;
        for (String l : lines) {
            if (in && l.startsWith("## ")) break;
            if (in) sb.append(l).append('\n');
            if (heading.matcher(l).matches()) in = true;
        }
        String notes = sb.toString().strip();
        return notes.isEmpty() ? "Release " + version + "." : notes + "\n";
    }

    private String tagPackage(String tag) {
        for (PackageSpec p : settings.packages()) if (p.tagPattern().parse(tag).isPresent()) return p.name();
        return settings.packages().get(0).name();
    }

    private PackageSpec spec(String name) throws IOException {
        for (PackageSpec p : settings.packages()) if (p.name().equals(name)) return p;
        throw new IOException("release commit names package '" + name + "', which release.packages does not declare");
    }

    /** The release commit message as a pattern: the template around {version}, then an optional {@code (#123)}. */
    private Pattern messagePattern() {
        String template = settings.commitMessage();
        int at = template.indexOf("{version}");
        return Pattern.compile(Pattern.quote(template.substring(0, at)) + "(?<versions>.+?)"
                + Pattern.quote(template.substring(at + "{version}".length())) + "(?: \\(#\\d+\\))?");
    }

    /** Package name → version from a release commit's header, or empty when it is not a release commit. */
    private Optional<Map<String, SemVer>> releaseVersions(RevCommit c, Pattern message) {
        Matcher m = message.matcher(c.getShortMessage().strip());
        if (!m.matches()) return Optional.empty();
        Map<String, SemVer> out = new LinkedHashMap<>();
        for (String part : m.group("versions").split(",\\s*")) {
            String[] words = part.strip().split("\\s+");
            Optional<SemVer> v = SemVer.parse(words[words.length - 1]);
            if (v.isEmpty()) return Optional.empty();
            String name = words.length == 1 ? settings.packages().get(0).name() : words[0];
            if (settings.packages().stream().noneMatch(p -> p.name().equals(name))) return Optional.empty();
            out.put(name, v.get());
        }
        return Optional.of(out);
    }

    /** The release commit's id abbreviated, for messages. */
    public static String shortId(RevCommit c) {
        return c.abbreviate(7).name();
    }
}
