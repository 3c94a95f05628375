package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.Optional;

/** useradd pre-allocates lastlog/faillog entries up to the UID, which for a large UID is a huge sparse file in the layer. */
public final class UseraddHighUidWithoutNoLogInit extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF054", "`useradd` with a large UID but without `-l`")
            .severity(Severity.LOW).category(Category.HYGIENE).format(Format.DOCKERFILE)
            .description("Reports `useradd -u <uid>` (also `--uid`) where the UID has six or more digits and neither "
                    + "`-l` nor `--no-log-init` is given. Build args in the UID are resolved from their defaults; "
                    + "unresolved ones are skipped. BusyBox `adduser` does not write these files and is not reported.")
            .rationale("useradd writes the new user's record into /var/log/lastlog and /var/log/faillog at an offset "
                    + "proportional to the UID. The files are sparse on disk, but image layers store them expanded, "
                    + "so a UID like 100000 can add hundreds of megabytes to the image and slow every pull.")
            .remediation("Add `-l` (`--no-log-init`): `useradd -l -u 100001 app`.")
            .reference("https://docs.docker.com/build/building/best-practices/#user")
            .equivalent("hadolint", "DL3046")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            for (Command c : run.commands()) {
                Command e = c.effective();
                if (!e.name().equals("useradd") || e.hasFlag("-l", "--no-log-init")) continue;
                Optional<Word> uidWord = RunCommands.valueWord(e, "-u", "--uid");
                Optional<String> uid = e.flagValue("-u", "--uid").map(v -> dockerfile.expand(run.instruction(), v));
                if (uidWord.isEmpty() || uid.isEmpty()) continue;
                String value = uid.get();
                if (value.length() >= 6 && value.chars().allMatch(Character::isDigit)) {
                    context.report(uidWord.get().span(), "useradd -u " + value + " without -l: lastlog/faillog grow "
                            + "to the UID's offset and bloat the layer; add -l (--no-log-init)");
                }
            }
        }
    }
}
