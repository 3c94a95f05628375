package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags {@code curl … | sh} and its variants: code fetched at build time runs with no check that it is what the
 * author published.
 */
public final class RemoteScriptPipedToShell extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF120", "Downloaded script executed without verification")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports RUN commands (nested `sh -c` and ONBUILD included) that execute what curl or wget "
                    + "downloads without saving and checking it first: a download piped into sh, bash, zsh, dash, ash, "
                    + "ksh, python, perl, ruby, node or php (also through sudo or tee), a shell, interpreter or eval "
                    + "given `$(curl …)` or `$(wget …)`, and process substitution such as `bash <(curl …)`. Downloading "
                    + "to a file, checking its checksum or signature, then running it is accepted (DF127 then checks "
                    + "the verification).")
            .rationale("Piping a download into a shell runs whatever the server, a CDN or anyone on the path returns "
                    + "at that moment, with the build's privileges. Nothing records what was run, a compromised or "
                    + "changed installer goes unnoticed, and two builds of the same Dockerfile can differ.")
            .remediation("Download the script to a file, verify it against a published checksum or signature "
                    + "(`echo \"<sha256>  install.sh\" | sha256sum -c -`), then run it; better, install a pinned "
                    + "package or copy the tool from a pinned image with COPY --from.")
            .reference("https://docs.docker.com/build/building/best-practices/#add-or-copy")
            .reference("https://cwe.mitre.org/data/definitions/494.html")
            .build();

    private static final Pattern INTERPRETER = Pattern.compile(
            "sh|bash|zsh|dash|ash|ksh|mksh|python[0-9.]*|perl|ruby|node|php|eval|source|\\.");
    private static final Pattern SUBSTITUTION = Pattern.compile("(?:\\$\\(|`)\\s*(?:sudo\\s+)?(?:curl|wget)\\b");
    private static final Pattern PROCESS_SUBSTITUTION = Pattern.compile(
            "(?<![\\w./-])(?:sh|bash|zsh|dash|ksh|source|\\.)\\s+<\\(\\s*(?:curl|wget)\\b[^)]*\\)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        SourceFile source = context.source();
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            Set<Span> reported = new HashSet<>();
            List<Command> cmds = run.commands();
            for (int k = 0; k < cmds.size(); k++) {
                Command c = cmds.get(k);
                Command e = c.effective();
                if ((e.name().equals("curl") || e.name().equals("wget")) && c.pipedTo()) {
                    for (int j = k + 1; j < cmds.size() && cmds.get(j).pipedFrom(); j++) {
                        String target = cmds.get(j).effective().name();
                        if (INTERPRETER.matcher(target).matches()) {
                            Span at = c.span().union(cmds.get(j).span());
                            if (reported.add(at)) {
                                SecretShapes.report(context, at, e.name() + " output is piped into " + target
                                        + " and runs unverified; download to a file, check its checksum, then run it");
                            }
                            break;
                        }
                        if (!cmds.get(j).pipedTo()) break;
                    }
                }
                if (INTERPRETER.matcher(e.name()).matches()) {
                    for (Word w : e.args()) {
                        if (SUBSTITUTION.matcher(w.raw()).find() && reported.add(w.span())) {
                            SecretShapes.report(context, w.span(), e.name() + " runs the output of a download ($(curl …)) "
                                    + "unverified; download to a file, check its checksum, then run it");
                        }
                    }
                }
            }
            String text = source.text(run.instruction().span());
            int base = source.offset(run.instruction().span().line(), run.instruction().span().column());
            Matcher m = PROCESS_SUBSTITUTION.matcher(text);
            while (m.find()) {
                Span at = source.span(base + m.start(), base + m.end());
                if (reported.add(at)) {
                    SecretShapes.report(context, at, "a shell runs a download through process substitution (<(curl …)) "
                            + "unverified; download to a file, check its checksum, then run it");
                }
            }
        }
    }
}
