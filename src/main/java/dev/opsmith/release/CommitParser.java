package dev.opsmith.release;

import dev.opsmith.release.CommitMessage.Footer;
import dev.opsmith.release.CommitMessage.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads commit messages by the Conventional Commits 1.0.0 grammar and recognises the non-conventional forms that
 * real histories contain, so that reverts and merges are understood rather than counted as noise.
 */
public final class CommitParser {
    private static final Pattern HEADER = Pattern.compile(
            "(?<type>[A-Za-z][A-Za-z0-9_-]*)(?:\\((?<scope>[^()\\r\\n]*)\\))?(?<bang>!)?: (?<desc>\\S.*)");
    private static final Pattern FOOTER = Pattern.compile(
            "(?<token>BREAKING CHANGE|[A-Za-z][A-Za-z0-9-]*)(?<sep>: | #)(?<value>.*)");
    private static final Pattern SQUASH_SUFFIX = Pattern.compile("\\s*\\(#(?<pr>[0-9]{1,9})\\)\\s*$");
    private static final Pattern GIT_REVERT = Pattern.compile("Revert \"(?<reverted>.*)\"\\s*");
    private static final Pattern REVERTS_COMMIT = Pattern.compile(
            "This reverts commit (?<sha>[0-9a-fA-F]{7,64})\\b");
    private static final Pattern GITHUB_MERGE = Pattern.compile("Merge pull request #(?<pr>[0-9]{1,9}) from .*");
    private static final Pattern OTHER_MERGE = Pattern.compile(
            "Merge (?:branch|branches|remote-tracking branch|tag|commit) .*|Merged in .*|Merge [0-9a-f]{7,40} into .*");
    private static final Pattern AUTOSQUASH = Pattern.compile("(?:fixup|squash|amend)! .*");

    private CommitParser() {
    }

    public static CommitMessage parse(String message) {
        String text = message.replace("\r\n", "\n").strip();
        int nl = text.indexOf('\n');
        String header = (nl < 0 ? text : text.substring(0, nl)).strip();
        String rest = nl < 0 ? "" : text.substring(nl + 1);
        Optional<String> revertedSha = revertedSha(rest);

        Matcher m = GITHUB_MERGE.matcher(header);
        if (m.matches()) {
            return other(Kind.MERGE, header, rest, Optional.of(Integer.parseInt(m.group("pr"))));
        }
        if (OTHER_MERGE.matcher(header).matches()) return other(Kind.MERGE, header, rest, Optional.empty());
        if (AUTOSQUASH.matcher(header).matches()) return other(Kind.AUTOSQUASH, header, rest, Optional.empty());
        m = GIT_REVERT.matcher(header);
        if (m.matches()) {
            Split split = split(rest);
            return new CommitMessage(Kind.GIT_REVERT, header, "revert", "", false, m.group("reverted"), split.body,
                    split.footers, Optional.empty(), revertedSha, Optional.of(m.group("reverted")));
        }
        m = HEADER.matcher(header);
        if (!m.matches()) return other(Kind.NON_CONVENTIONAL, header, rest, Optional.empty());
        String description = m.group("desc").strip();
        Optional<Integer> pr = Optional.empty();
        Matcher suffix = SQUASH_SUFFIX.matcher(description);
        if (suffix.find() && suffix.start() > 0) {
            pr = Optional.of(Integer.parseInt(suffix.group("pr")));
            description = description.substring(0, suffix.start());
        }
        String type = m.group("type").toLowerCase(Locale.ROOT);
        Split split = split(rest);
        Optional<String> revertedHeader = Optional.empty();
        if (type.equals("revert")) {
            Matcher quoted = GIT_REVERT.matcher(description);
            revertedHeader = Optional.of(quoted.matches() ? quoted.group("reverted") : description);
        }
        String scope = m.group("scope") == null ? "" : m.group("scope").strip();
        return new CommitMessage(Kind.CONVENTIONAL, header, type, scope, m.group("bang") != null, description,
                split.body, split.footers, pr, type.equals("revert") ? revertedSha : Optional.empty(), revertedHeader);
    }

    private static CommitMessage other(Kind kind, String header, String rest, Optional<Integer> pr) {
        Split split = split(rest);
        return new CommitMessage(kind, header, "", "", false, header, split.body, split.footers, pr,
                Optional.empty(), Optional.empty());
    }

    private static Optional<String> revertedSha(String body) {
        Matcher m = REVERTS_COMMIT.matcher(body);
        return m.find() ? Optional.of(m.group("sha").toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private record Split(String body, List<Footer> footers) {
    }

    /**
     * Separates body from footers. The footers are the trailing paragraphs that each start with a footer token:
     * a body paragraph that happens to start with {@code Note: } stays body when ordinary prose follows it.
     */
    private static Split split(String rest) {
        List<String> lines = List.of(rest.split("\n", -1));
        int footerStart = lines.size();
        for (int i = lines.size() - 1; i >= 0; i--) {
            boolean paragraphStart = i == 0 || lines.get(i - 1).isBlank();
            if (!paragraphStart || lines.get(i).isBlank()) continue;
            if (FOOTER.matcher(lines.get(i)).matches()) {
                footerStart = i;
            } else {
                break;
            }
        }
        String body = String.join("\n", lines.subList(0, footerStart)).strip();
        List<Footer> footers = new ArrayList<>();
        String token = null;
        String sep = null;
        StringBuilder value = new StringBuilder();
        for (String line : lines.subList(footerStart, lines.size())) {
            Matcher f = FOOTER.matcher(line);
            if (f.matches()) {
                if (token != null) footers.add(new Footer(token, sep, value.toString().strip()));
                token = f.group("token");
                sep = f.group("sep").strip();
                value.setLength(0);
                value.append(f.group("value"));
            } else if (token != null) {
                value.append('\n').append(line);
            }
        }
        if (token != null) footers.add(new Footer(token, sep, value.toString().strip()));
        return new Split(body, footers);
    }
}
