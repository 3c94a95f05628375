package dev.opsmith.scan;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.hcl.Block;
import dev.opsmith.format.terraform.hcl.Body;
import dev.opsmith.format.terraform.hcl.BodyItem;
import dev.opsmith.format.terraform.hcl.Comment;
import dev.opsmith.format.terraform.hcl.ConfigFile;
import dev.opsmith.suppress.Waiver;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppression comments of checkov, trivy and tfsec in Terraform files, honoured for the rules of ours that
 * declare the peer id equivalent (so a team that moves to opsmith keeps its reviewed exceptions):
 * <ul>
 *   <li>{@code #checkov:skip=CKV_AWS_20:reason} anywhere inside a top-level block waives that block, as checkov
 *       does;</li>
 *   <li>{@code #trivy:ignore:AVD-AWS-0086} and {@code #tfsec:ignore:aws-s3-enable-versioning} waive the block or
 *       attribute that starts on the next line (after any further comment lines), or on the same line when the
 *       comment ends a line. {@code :exp:YYYY-MM-DD} makes the waiver lapse after that day; a workspace qualifier
 *       {@code [ws:name]} applies only to {@code default} or {@code *}, since a scan is not run in a workspace.
 *       Several ignores may share one comment.</li>
 * </ul>
 * Ids that no rule of ours declares equivalent are left to the resolver, which reports them as unknown.
 */
final class TerraformPeerComments {

    private static final Pattern CHECKOV = Pattern.compile("^\\s*checkov:skip=([A-Za-z0-9_]+)(?::(.*))?$");
    private static final Pattern IGNORE = Pattern.compile(
            "(trivy|tfsec):ignore:([A-Za-z0-9_*-]+)(\\[[^\\]]*])?(?::exp:([0-9-]+))?(\\[[^\\]]*])?");
    private static final Pattern WORKSPACE = Pattern.compile("\\[ws:([^\\]]*)]");

    private TerraformPeerComments() {
    }

    static List<Waiver> waivers(ConfigFile file, LocalDate today) {
        List<Waiver> out = new ArrayList<>();
        for (Comment c : file.comments()) {
            Matcher checkov = CHECKOV.matcher(c.text());
            if (checkov.matches()) {
                enclosingTopLevel(file.body(), c.span()).ifPresent(block -> out.add(new Waiver(
                        List.of(checkov.group(1)), reason(checkov.group(2), "checkov:skip comment"),
                        "checkov:skip comment", block.line(), block.endLine())));
                continue;
            }
            Matcher m = IGNORE.matcher(c.text());
            while (m.find()) {
                if (expired(m.group(4), today) || !defaultWorkspace(m.group(3), m.group(5))) continue;
                Optional<Span> target = target(file, c);
                String source = m.group(1) + ":ignore comment";
                target.ifPresent(t -> out.add(new Waiver(List.of(m.group(2)), source, source, t.line(), t.endLine())));
            }
        }
        return out;
    }

    private static String reason(String written, String fallback) {
        return written == null || written.isBlank() ? fallback : written.strip();
    }

    private static boolean expired(String date, LocalDate today) {
        if (date == null) return false;
        try {
            return LocalDate.parse(date).isBefore(today);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean defaultWorkspace(String... qualifiers) {
        for (String q : qualifiers) {
            if (q == null) continue;
            Matcher ws = WORKSPACE.matcher(q);
            if (ws.matches() && !ws.group(1).equals("default") && !ws.group(1).equals("*")) return false;
        }
        return true;
    }

    /** The item the comment stands for: on the comment's own line when it ends a line, else the next item. */
    private static Optional<Span> target(ConfigFile file, Comment c) {
        String line = file.source().line(c.span().line());
        boolean trailing = !line.substring(0, Math.max(0, c.span().column() - 1)).isBlank();
        if (trailing) return itemStartingOn(file.body(), c.span().line());
        int next = c.span().endLine() + 1;
        for (Comment other : file.comments()) {
            if (other.span().line() == next) next = other.span().endLine() + 1;
        }
        while (next <= file.source().lineCount() && file.source().line(next).isBlank()) next++;
        return itemStartingOn(file.body(), next);
    }

    private static Optional<Span> itemStartingOn(Body body, int line) {
        for (BodyItem item : body.items()) {
            if (item.span().line() == line) return Optional.of(item.span());
            if (item instanceof Block b && line > b.span().line() && line <= b.span().endLine()) {
                return itemStartingOn(b.body(), line);
            }
        }
        return Optional.empty();
    }

    private static Optional<Span> enclosingTopLevel(Body body, Span comment) {
        for (BodyItem item : body.items()) {
            if (item instanceof Block b && b.span().contains(comment)) return Optional.of(b.span());
        }
        return Optional.empty();
    }
}
