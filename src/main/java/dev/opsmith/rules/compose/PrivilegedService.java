package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.rules.RuleContext;

/** A privileged container has every capability and every device of the host: it is root on the host. */
public final class PrivilegedService extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP001", "Service runs privileged")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.COMPOSE)
            .description("Reports a service whose `privileged` is true after `.env` interpolation and Compose's "
                    + "boolean casting (`true`, `\"true\"`, `yes`, `on`), in the Compose file that wrote the effective "
                    + "value: a base file's `privileged: true` that the default override turns off is not reported. "
                    + "`false`, an absent key and a value using a variable that `.env` does not define are accepted.")
            .rationale("A privileged container gets all capabilities, every host device and no seccomp or AppArmor "
                    + "confinement; a process that escapes it, or simply mounts the host disk, owns the host and every "
                    + "other container on it. Auditors treat it as administrative access to the machine.")
            .remediation("Remove `privileged`, and grant only what the service needs: a single capability with "
                    + "`cap_add` (after `cap_drop: [ALL]`) or a single device with `devices`.")
            .reference("https://docs.docker.com/reference/compose-file/services/#privileged")
            .reference("https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities")
            .equivalent("kics", "privileged-containers-enabled")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            ComposeNode privileged = service.privileged();
            if (privileged.bool().orElse(false)) {
                report(context, service, privileged, "service \"" + service.name() + "\" runs privileged: it has every "
                        + "capability and host device; remove privileged and add only the capability or device it needs");
            }
        }
    }
}
