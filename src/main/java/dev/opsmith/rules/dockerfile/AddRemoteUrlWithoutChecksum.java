package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags ADD of a remote file without {@code --checksum}, or of a git repository without a commit: what is added can
 * change between two builds of the same Dockerfile.
 */
public final class AddRemoteUrlWithoutChecksum extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF126", "ADD of a remote URL without --checksum")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports ADD sources (ONBUILD ones included) that are http(s) URLs when the instruction has no "
                    + "`--checksum=sha256:…`, and git sources (git@…, git://, ssh://, or an http(s) URL ending in .git) "
                    + "whose ref is not a full commit id: accepted are `#<40 or 64 hex digits>` (optionally followed by "
                    + "`:<subdir>`), `?ref=<commit>` and `--checksum=<commit>`. A branch or tag name is reported because "
                    + "it can be moved.")
            .rationale("A URL or a branch is a pointer that whoever controls the server or repository can move. "
                    + "Without a checksum or commit the build silently takes whatever is there today, so the image "
                    + "cannot be reproduced and a tampered artifact is not detected.")
            .remediation("Add `--checksum=sha256:<digest>` to ADD of a file (BuildKit verifies it), and pin git sources "
                    + "to a commit: `ADD https://github.com/org/repo.git#<commit-sha> /src`.")
            .reference("https://docs.docker.com/reference/dockerfile/#add---checksum")
            .reference("https://docs.docker.com/reference/dockerfile/#adding-private-git-repositories")
            .reference("https://cwe.mitre.org/data/definitions/494.html")
            .build();

    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{40}|[0-9a-fA-F]{64}");
    private static final Pattern REF_QUERY = Pattern.compile("[?&]ref=([^&#]+)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Instruction i : RunCommands.unwrapped(dockerfile)) {
            if (!i.is("ADD")) continue;
            boolean checksum = i.flag("checksum").map(f -> f.value() != null && !f.value().isEmpty()).orElse(false);
            List<Word> words = i.words();
            for (int k = 0; k + 1 < words.size(); k++) {
                Word w = words.get(k);
                String v = dockerfile.expand(i, w.value());
                String lower = v.toLowerCase(Locale.ROOT);
                if (isGit(lower)) {
                    if (!checksum && !pinned(v)) {
                        SecretShapes.report(context, w.span(), "ADD of git repository " + host(v) + " without a commit id: the "
                                + "branch or tag can move; pin it with #<commit-sha>");
                    }
                } else if ((lower.startsWith("http://") || lower.startsWith("https://")) && !checksum) {
                    SecretShapes.report(context, w.span(), "ADD of a file from " + host(v) + " without --checksum: the file can change between "
                            + "builds unnoticed; add --checksum=sha256:<digest>");
                }
            }
        }
    }

    private static boolean isGit(String url) {
        if (url.startsWith("git@") || url.startsWith("git://") || url.startsWith("ssh://")) return true;
        if (!url.startsWith("http://") && !url.startsWith("https://")) return false;
        int cut = url.length();
        for (char c : new char[]{'#', '?'}) {
            int p = url.indexOf(c);
            if (p >= 0) cut = Math.min(cut, p);
        }
        return url.substring(0, cut).endsWith(".git");
    }

    private static boolean pinned(String url) {
        int hash = url.indexOf('#');
        if (hash >= 0) {
            String ref = url.substring(hash + 1);
            int colon = ref.indexOf(':');
            if (colon >= 0) ref = ref.substring(0, colon);
            if (COMMIT.matcher(ref).matches()) return true;
        }
        Matcher q = REF_QUERY.matcher(url);
        return q.find() && COMMIT.matcher(q.group(1)).matches();
    }

    /** The host part only, so that credentials in a URL never reach a message. */
    private static String host(String url) {
        String rest = url.contains("://") ? url.substring(url.indexOf("://") + 3) : url;
        int end = 0;
        while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) end++;
        String authority = rest.substring(0, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        return authority.contains(":") && url.startsWith("git@") ? authority.substring(0, authority.indexOf(':')) : authority;
    }
}
