package dev.opsmith.release;

import dev.opsmith.release.CommitMessage.Footer;
import dev.opsmith.release.PackagePlan.DependencyUpdate;
import dev.opsmith.release.ReleaseSettings.Section;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Release notes in the style of Keep a Changelog: one {@code ## [version] - date} entry per release, breaking
 * changes first with their notes, then one section per configured commit type, then dependency updates and
 * contributors. New entries go on top of an existing file; older entries are never rewritten.
 */
public final class Changelog {
    private static final Pattern ISSUE = Pattern.compile("#(\\d{1,9})\\b");
    private static final Set<String> ISSUE_FOOTERS = Set.of("closes", "close", "closed", "fixes", "fix", "fixed",
            "resolves", "resolve", "resolved", "refs", "ref", "references", "see");
    private static final String NEW_FILE_HEADER = """
            # Changelog

            All notable changes to this project are documented in this file. The format is based on
            [Keep a Changelog](https://keepachangelog.com/en/1.1.0/), and this project adheres to
            [Semantic Versioning](https://semver.org/spec/v2.0.0.html).
            """;

    private final ReleaseSettings settings;

    public Changelog(ReleaseSettings settings) {
        this.settings = settings;
    }

    /** The full entry, heading included, ending with a newline. */
    public String entry(PackagePlan plan, LocalDate date) {
        SemVer version = plan.next().orElseThrow();
        String tag = plan.nextTag().orElseThrow();
        Optional<String> compare = settings.links().compareUrl(plan.previousTag().orElse(null), tag);
        String heading = "## " + compare.map(u -> "[" + version + "](" + u + ")").orElse("[" + version + "]") + " - " + date;
        return heading + "\n\n" + notes(plan);
    }

    /**
     * The entry without its heading: what a GitHub or GitLab release body shows ({@code --notes-only}) and what the
     * annotated tag carries.
     */
    public String notes(PackagePlan plan) {
        List<Commit> oldestFirst = new ArrayList<>(plan.notes().counted());
        Collections.reverse(oldestFirst);
        StringBuilder out = new StringBuilder();
        List<Commit> breaking = oldestFirst.stream().filter(c -> c.message().breaking()).toList();
        if (!breaking.isEmpty()) {
            out.append("### Breaking changes\n\n");
            for (Commit c : breaking) {
                out.append(line(c));
                for (String note : c.message().breakingNotes()) {
                    if (note.equals(c.message().description())) continue;
                    out.append('\n');
                    for (String l : note.split("\n")) out.append(l.isBlank() ? "\n" : "  " + l.strip() + "\n");
                }
            }
            out.append('\n');
        }
        for (Section section : settings.sections()) {
            List<Commit> in = oldestFirst.stream()
                    .filter(c -> !c.message().breaking() && c.message().type().equals(section.type())).toList();
            if (in.isEmpty()) continue;
            out.append("### ").append(section.title()).append("\n\n");
            for (Commit c : in) out.append(line(c));
            out.append('\n');
        }
        if (!plan.dependencies().isEmpty()) {
            out.append("### Dependencies\n\n");
            for (DependencyUpdate d : plan.dependencies()) {
                out.append("- ").append(d.packageName()).append(" updated to ").append(d.version()).append('\n');
            }
            out.append('\n');
        }
        if (settings.contributors()) {
            Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (Commit c : oldestFirst) names.add(c.author());
            if (!names.isEmpty()) {
                out.append("### Contributors\n\n");
                for (String n : names) out.append("- ").append(n).append('\n');
                out.append('\n');
            }
        }
        if (out.isEmpty()) out.append("No user-facing changes.\n\n");
        return out.substring(0, out.length() - 1);
    }

    private String line(Commit c) {
        CommitMessage m = c.message();
        StringBuilder sb = new StringBuilder("- ");
        if (!m.scope().isEmpty()) sb.append("**").append(m.scope()).append(":** ");
        sb.append(m.description());
        for (String id : references(m)) {
            sb.append(" (").append(settings.links().issueUrl(id).map(u -> "[#" + id + "](" + u + ")").orElse("#" + id)).append(')');
        }
        sb.append(" (").append(settings.links().commitUrl(c.sha()).map(u -> "[" + c.shortSha() + "](" + u + ")")
                .orElse(c.shortSha())).append(")\n");
        return sb.toString();
    }

    /** The pull request of a squash merge, then issues that footers close or reference, without repeats. */
    private static Set<String> references(CommitMessage m) {
        Set<String> ids = new LinkedHashSet<>();
        m.pullRequest().ifPresent(pr -> ids.add(Integer.toString(pr)));
        for (Footer f : m.footers()) {
            if (!ISSUE_FOOTERS.contains(f.token().toLowerCase(java.util.Locale.ROOT))) continue;
            String value = f.separator().equals("#") ? "#" + f.value() : f.value();
            Matcher im = ISSUE.matcher(value);
            while (im.find()) ids.add(im.group(1));
        }
        return ids;
    }

    /**
     * The changelog text with {@code entry} inserted: under the title (and below an {@code Unreleased} section) of an
     * existing file, keeping its line endings; a new file gets a short header.
     *
     * @throws ReleaseException when the file already has an entry for this version
     */
    public static String insert(Optional<String> existing, String entry, SemVer version, String shownAs) throws ReleaseException {
        if (existing.isEmpty()) return NEW_FILE_HEADER + "\n" + entry;
        String original = existing.get();
        String eol = original.contains("\r\n") ? "\r\n" : "\n";
        String text = original.replace("\r\n", "\n");
        List<String> lines = List.of(text.split("\n", -1));
        Pattern same = Pattern.compile("## \\[?" + Pattern.quote(version.toString()) + "\\]?(?:[ (].*)?");
        int insertAt = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (same.matcher(l).matches()) {
                throw new ReleaseException(shownAs + ":" + (i + 1) + ": already has an entry for " + version
                        + "; was this version released before? Remove the entry or release another version with --as");
            }
            if (insertAt < 0 && l.startsWith("## ") && !l.toLowerCase(java.util.Locale.ROOT).matches("## \\[?unreleased\\]?.*")) {
                insertAt = i;
            }
        }
        String result;
        if (insertAt < 0) {
            String trimmed = text.endsWith("\n") ? text : text + "\n";
            result = trimmed + "\n" + entry;
        } else {
            String before = String.join("\n", lines.subList(0, insertAt));
            String after = String.join("\n", lines.subList(insertAt, lines.size()));
            result = before + (before.isEmpty() ? "" : "\n") + entry + "\n" + after;
        }
        return eol.equals("\n") ? result : result.replace("\n", eol);
    }
}
