package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.rules.RuleContext;

/** A container under a parent cgroup of its own choosing is outside the limits the host sets for containers. */
public final class CustomCgroupParent extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP047", "Service placed under a custom parent cgroup")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.COMPOSE).optIn()
            .description("Reports a service with a non-empty `cgroup_parent`, in the file that wrote the effective "
                    + "value. A value using a variable that `.env` does not define is reported too: the key alone "
                    + "moves the container out of Docker's default parent. Opt-in.")
            .rationale("Docker places containers under a parent cgroup (the daemon's `cgroup-parent`, often a "
                    + "systemd slice) where the host's operators set aggregate CPU, memory and I/O limits and "
                    + "accounting for all containers. A service that picks its own parent escapes those limits and "
                    + "that accounting, and can be placed beside host services it should not compete with.")
            .remediation("Remove `cgroup_parent` and set per-service limits under `deploy.resources.limits`; if a "
                    + "dedicated slice is required, configure it for the daemon and review the exception.")
            .reference("https://docs.docker.com/reference/compose-file/services/#cgroup_parent")
            .reference("https://docs.docker.com/reference/cli/dockerd/#default-cgroup-parent")
            .equivalent("kics", "cgroup-not-default")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            ComposeNode parent = service.get("cgroup_parent");
            if (parent.interpolated().map(String::strip).orElse("").isEmpty()) continue;
            report(context, service, parent, "service \"" + service.name() + "\" runs under the custom parent cgroup "
                    + parent.text().orElse("") + ", outside the limits the host sets for containers; remove "
                    + "cgroup_parent and use deploy.resources.limits");
        }
    }
}
