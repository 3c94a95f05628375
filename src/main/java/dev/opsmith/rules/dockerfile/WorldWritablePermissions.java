package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Flag;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Locale;

/**
 * Flags permissions that let any user of the container write a file or directory: {@code chmod 777}, {@code o+w},
 * {@code COPY --chmod=666}, {@code umask 000}.
 */
public final class WorldWritablePermissions extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF105", "World-writable permissions granted")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports `chmod` in RUN (also with -R, nested `sh -c` and ONBUILD) whose mode gives others "
                    + "write access: octal modes with the write bit in the last digit (777, 666, 0757) and symbolic modes "
                    + "such as o+w, a+w, a=rwx or ugo+rwx; COPY/ADD `--chmod=` with such a mode; and `umask` values that "
                    + "leave the others' write bit open (000, 001, 004, 005). A mode with the sticky bit (1777) is "
                    + "accepted on temporary directories (a path containing tmp), as for /tmp itself. 755 and 644 are "
                    + "fine.")
            .rationale("A world-writable file or directory can be changed by any process in the container, whatever "
                    + "user it runs as: a compromised low-privilege process can replace binaries, scripts or "
                    + "configuration that a more privileged one later runs, and the image no longer matches what was "
                    + "reviewed and scanned.")
            .remediation("Give ownership to the user that needs to write (`COPY --chown=app:app`, `chown`) and use "
                    + "755 for directories and 644 (or 640) for files; use 1777 only for shared temporary directories.")
            .reference("https://docs.docker.com/reference/dockerfile/#copy---chown---chmod")
            .reference("https://cwe.mitre.org/data/definitions/732.html")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Instruction i : RunCommands.unwrapped(dockerfile)) {
            if (!i.is("COPY", "ADD")) continue;
            for (Flag f : i.flags("chmod")) {
                if (f.value() != null && worldWritable(f.value()) && !stickyTmp(f.value(), List.of())) {
                    SecretShapes.report(context, f.span(), i.keyword() + " --chmod=" + f.value()
                            + " makes the copied files writable by every user; use 755/644 and --chown");
                }
            }
        }
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            for (Command c : run.commands()) {
                Command e = c.effective();
                if (e.name().equals("chmod")) {
                    List<Word> pos = e.positionals("--reference");
                    if (pos.isEmpty()) continue;
                    Word mode = pos.get(0);
                    if (!worldWritable(mode.value()) || stickyTmp(mode.value(), pos.subList(1, pos.size()))) continue;
                    SecretShapes.report(context, mode.span(), "chmod " + mode.value()
                            + " makes files writable by every user; use 755/644 and give ownership with chown");
                } else if (e.name().equals("umask")) {
                    List<Word> pos = e.positionals();
                    if (pos.isEmpty() || !pos.get(0).value().matches("[0-7]{1,4}")) continue;
                    String m = pos.get(0).value();
                    int others = m.charAt(m.length() - 1) - '0';
                    if ((others & 2) == 0) {
                        SecretShapes.report(context, pos.get(0).span(), "umask " + m
                                + " lets every user write the files created afterwards; use 022 or 027");
                    }
                }
            }
        }
    }

    /** True when an octal or symbolic chmod mode grants write to others. */
    static boolean worldWritable(String mode) {
        if (mode.matches("[0-7]{1,4}")) {
            return ((mode.charAt(mode.length() - 1) - '0') & 2) != 0;
        }
        for (String clause : mode.split(",")) {
            int op = -1;
            for (int k = 0; k < clause.length(); k++) {
                char ch = clause.charAt(k);
                if (ch == '+' || ch == '=') {
                    op = k;
                    break;
                }
                if (ch == '-') break;
                if ("ugoa".indexOf(ch) < 0) return false;
            }
            if (op < 0) continue;
            String who = clause.substring(0, op);
            String perms = clause.substring(op + 1);
            if ((who.contains("o") || who.contains("a")) && perms.contains("w")) return true;
        }
        return false;
    }

    /** Sticky world-writable mode on what is evidently a temporary directory (or with no target known). */
    private static boolean stickyTmp(String mode, List<Word> targets) {
        if (!mode.matches("[0-7]{4}") || ((mode.charAt(0) - '0') & 1) == 0) return false;
        for (Word t : targets) if (!t.value().toLowerCase(Locale.ROOT).contains("tmp")) return false;
        return true;
    }
}
