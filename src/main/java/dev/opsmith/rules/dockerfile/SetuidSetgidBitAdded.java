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
import java.util.Optional;

/** A setuid/setgid binary lets any user in the container run it with its owner's privileges, usually root. */
public final class SetuidSetgidBitAdded extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF056", "setuid/setgid bit added to a file")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports modes that set the setuid or setgid bit: `chmod` with `u+s`, `g+s`, `+s`, "
                    + "`ug=rwxs` or an octal mode whose special digit includes 4 or 2 (`4755`, `2755`, `6755`), the "
                    + "same for `install -m`, and `COPY`/`ADD --chmod=`. Removing the bits (`u-s`, `0755`) and the "
                    + "sticky bit alone (`1777`) are not reported.")
            .rationale("A setuid-root file is a ready-made privilege escalation: a bug in it, or a writable path it "
                    + "trusts, turns the unprivileged container user into root. Hardened platforms run containers "
                    + "with no-new-privileges and audits list every setuid binary, so adding one needs a strong "
                    + "reason.")
            .remediation("Grant the narrow capability the program needs (`setcap cap_net_bind_service=+ep`, or the "
                    + "pod's securityContext), or run the step as the right user; use plain `0755`.")
            .reference("https://docs.docker.com/reference/dockerfile/#copy---chmod")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Instruction ins : dockerfile.instructions()) {
            Instruction i = ins.inner() != null ? ins.inner() : ins;
            if (!i.is("COPY", "ADD")) continue;
            for (Flag f : i.flags("chmod")) {
                if (f.value() != null && addsSetId(dockerfile.expand(i, f.value()))) {
                    context.report(f.span(), i.keyword() + " --chmod=" + f.value() + " sets the setuid/setgid bit: "
                            + "use a mode without it (e.g. 0755)");
                }
            }
        }
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            for (Command c : run.commands()) {
                Command e = c.effective();
                Optional<Word> mode = switch (e.name()) {
                    case "chmod" -> e.hasFlag("--reference") ? Optional.empty() : first(e.positionals());
                    case "install" -> RunCommands.valueWord(e, "-m", "--mode");
                    default -> Optional.empty();
                };
                if (mode.isEmpty()) continue;
                String value = e.name().equals("install")
                        ? e.flagValue("-m", "--mode").orElse("") : mode.get().value();
                if (addsSetId(dockerfile.expand(run.instruction(), value))) {
                    context.report(mode.get().span(), e.name() + " mode '" + value + "' sets the setuid/setgid bit: "
                            + "grant a capability or run as the right user instead");
                }
            }
        }
    }

    private static Optional<Word> first(List<Word> words) {
        return words.isEmpty() ? Optional.empty() : Optional.of(words.get(0));
    }

    /** True when an octal or symbolic chmod mode adds setuid or setgid. */
    static boolean addsSetId(String mode) {
        if (mode.isEmpty() || mode.indexOf('$') >= 0) return false;
        if (mode.chars().allMatch(c -> c >= '0' && c <= '7')) {
            return mode.length() >= 4 && ((mode.charAt(mode.length() - 4) - '0') & 6) != 0;
        }
        for (String clause : mode.split(",")) {
            int k = 0;
            while (k < clause.length() && "ugoa".indexOf(clause.charAt(k)) >= 0) k++;
            String who = clause.substring(0, k);
            boolean userOrGroup = who.isEmpty() || who.contains("u") || who.contains("g") || who.contains("a");
            char op = 0;
            for (; k < clause.length(); k++) {
                char ch = clause.charAt(k);
                if (ch == '+' || ch == '-' || ch == '=') op = ch;
                else if (ch == 's' && op != '-' && op != 0 && userOrGroup) return true;
            }
        }
        return false;
    }
}
