package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.rules.RuleContext;

/** Docker filters system calls with a default seccomp profile unless a service asks it not to. */
public final class SeccompUnconfined extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP010", "Seccomp disabled for a service")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.COMPOSE)
            .description("Reports each `security_opt` item `seccomp:unconfined` or `seccomp=unconfined` (spaces "
                    + "around the separator tolerated, any case), from every Compose file of the project, after "
                    + "`.env` interpolation. A custom profile (`seccomp:./profile.json`) and an absent option "
                    + "(Docker's default profile applies) are accepted; an item using a variable that `.env` does not "
                    + "define is skipped.")
            .rationale("Docker's default seccomp profile blocks about fifty rarely needed system calls, among them "
                    + "the ones behind several container escapes and kernel exploits (`keyctl`, `add_key`, "
                    + "`unshare` and `mount` in new namespaces, `bpf`). Unconfined exposes the full kernel surface "
                    + "to anything that compromises the service.")
            .remediation("Remove the option. If the service needs a blocked system call, ship a profile that "
                    + "extends Docker's default with just that call and reference it with `seccomp:<file>`.")
            .reference("https://docs.docker.com/engine/security/seccomp/")
            .reference("https://docs.docker.com/reference/compose-file/services/#security_opt")
            .equivalent("kics", "default-seccomp-profile-disabled")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            for (SecurityOptions.Option option : SecurityOptions.of(service)) {
                if (!option.is("seccomp", "unconfined")) continue;
                report(context, service, option.item(), "service \"" + service.name() + "\" runs without seccomp "
                        + "filtering; remove seccomp:unconfined or use a profile that allows only the extra calls it needs");
            }
        }
    }
}
