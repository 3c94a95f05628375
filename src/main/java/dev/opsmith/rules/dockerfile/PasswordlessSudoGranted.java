package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Heredoc;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Optional;

/** NOPASSWD in sudoers makes the container user root in all but name. */
public final class PasswordlessSudoGranted extends DockerfileRule {
    private static final String NOPASSWD = "NOPASSWD";

    static final RuleMeta META = RuleMeta.builder("DF059", "sudoers entry grants NOPASSWD")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports a RUN that writes a `NOPASSWD` rule into `/etc/sudoers` or `/etc/sudoers.d/*`: "
                    + "`echo ... > file`, `... | tee [-a] file`, `tee file <<EOF`, `cat <<EOF > file`, or "
                    + "`sed -i`/`perl -i` editing the file; and a `COPY`/`ADD` heredoc with such a rule into those "
                    + "paths. sudoers entries without NOPASSWD are not reported.")
            .rationale("A passwordless sudo rule lets anything running as that user become root without a "
                    + "credential, so the non-root USER of the image no longer limits an attacker. It also hides the "
                    + "escalation from reviewers who only check the USER line.")
            .remediation("Remove sudo and the sudoers entry; run privileged build steps under `USER root` and the "
                    + "application as an unprivileged UID.")
            .reference("https://docs.docker.com/build/building/best-practices/#user")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            List<Command> commands = run.commands();
            for (int i = 0; i < commands.size(); i++) {
                Command c = commands.get(i);
                Optional<Span> grant = grant(run.instruction(), c);
                if (grant.isEmpty()) continue;
                boolean writes = writesSudoers(dockerfile, run.instruction(), c);
                for (int j = i; !writes && commands.get(j).pipedTo() && j + 1 < commands.size(); j++) {
                    writes = writesSudoers(dockerfile, run.instruction(), commands.get(j + 1));
                }
                if (writes) report(context, grant.get());
            }
        }
        for (Instruction ins : dockerfile.instructions()) {
            Instruction copy = ins.inner() != null ? ins.inner() : ins;
            if (!copy.is("COPY", "ADD") || copy.heredocs().isEmpty() || copy.words().isEmpty()) continue;
            String dest = dockerfile.expand(copy, copy.words().get(copy.words().size() - 1).value());
            if (!isSudoersPath(dest)) continue;
            for (Heredoc h : copy.heredocs()) nopasswdLine(h).ifPresent(at -> report(context, at));
        }
    }

    private static void report(RuleContext context, Span at) {
        context.report(at, "NOPASSWD written into sudoers: any process of that user becomes root without a "
                + "credential; remove the rule and run privileged steps as USER root");
    }

    /** Where the command carries a NOPASSWD rule: one of its words, or a heredoc it reads. */
    private static Optional<Span> grant(Instruction run, Command c) {
        for (Word w : c.words()) if (w.value().contains(NOPASSWD)) return Optional.of(w.span());
        for (Word r : c.redirects()) {
            String v = r.value();
            int p = v.indexOf("<<");
            if (p < 0 || v.startsWith("<<<", p)) continue;
            String delimiter = v.substring(p + 2).replaceFirst("^-", "").replace("'", "").replace("\"", "");
            for (Heredoc h : run.heredocs()) {
                if (h.delimiter().equals(delimiter)) {
                    Optional<Span> line = nopasswdLine(h);
                    if (line.isPresent()) return line;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Span> nopasswdLine(Heredoc h) {
        String[] lines = h.body().split("\n", -1);
        for (int i = 0; i < lines.length && i < h.bodyLineCount(); i++) {
            if (lines[i].contains(NOPASSWD)) return Optional.of(h.spanOfBodyLine(i));
        }
        return Optional.empty();
    }

    /** True when the command writes to a sudoers file: output redirection, tee, or an in-place sed/perl edit. */
    private static boolean writesSudoers(Dockerfile df, Instruction run, Command c) {
        for (Word r : c.redirects()) {
            String v = r.value().replaceFirst("^[0-9&]*>[>|]?", "");
            if (!v.equals(r.value()) && isSudoersPath(df.expand(run, v.strip()))) return true;
        }
        Command e = c.effective();
        boolean edits = e.name().equals("tee")
                || ((e.name().equals("sed") || e.name().equals("perl")) && e.hasFlag("-i", "--in-place"));
        if (!edits) return false;
        for (Word w : e.positionals("-e", "-f")) if (isSudoersPath(df.expand(run, w.value()))) return true;
        return false;
    }

    private static boolean isSudoersPath(String path) {
        return path.equals("/etc/sudoers") || path.startsWith("/etc/sudoers.d/") || path.equals("/etc/sudoers.d");
    }
}
