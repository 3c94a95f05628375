package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.rules.RuleContext;

/** AppArmor and SELinux confine every container by default on hosts that enable them; a service can opt out. */
public final class MacConfinementDisabled extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP011", "AppArmor or SELinux confinement disabled")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.COMPOSE)
            .description("Reports each `security_opt` item `apparmor:unconfined`, `apparmor=unconfined`, "
                    + "`label:disable` or `label=disable` (and the daemon's bare `disable`), any case, spaces around "
                    + "the separator tolerated, from every Compose file of the project, after `.env` interpolation. "
                    + "A named AppArmor profile (`apparmor:<profile>`), SELinux label settings such as "
                    + "`label:type:<t>` and an absent option are accepted; an item using a variable that `.env` does "
                    + "not define is skipped.")
            .rationale("On AppArmor hosts (Ubuntu, Debian) Docker's default profile denies writes to sensitive "
                    + "`/proc` and `/sys` files and mounting; on SELinux hosts (RHEL, Fedora) the container type "
                    + "keeps the process away from host files that are not labelled for containers. Both have "
                    + "stopped real escapes; disabling them removes a mandatory control that auditors expect on "
                    + "hosts running cardholder-data services.")
            .remediation("Remove the option. If a bind mount is denied under SELinux, relabel it with the `:z` or "
                    + "`:Z` mount option; if AppArmor denies an operation the service needs, load a dedicated profile "
                    + "and name it with `apparmor:<profile>`.")
            .reference("https://docs.docker.com/engine/security/apparmor/")
            .reference("https://docs.docker.com/reference/compose-file/services/#security_opt")
            .reference("https://docs.docker.com/engine/storage/bind-mounts/#configure-the-selinux-label")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            for (SecurityOptions.Option option : SecurityOptions.of(service)) {
                String what;
                if (option.is("apparmor", "unconfined")) what = "runs without AppArmor confinement";
                else if (option.is("label", "disable")) what = "disables SELinux labelling";
                else continue;
                report(context, service, option.item(), "service \"" + service.name() + "\" " + what
                        + "; remove the option and load a profile that allows what it needs");
            }
        }
    }
}
