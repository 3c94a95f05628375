package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.rules.RuleContext;

/** A fixed container name exists once per Docker host: no second replica, no second checkout of the project. */
public final class ContainerNameSet extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP061", "Fixed container_name prevents scaling")
            .severity(Severity.LOW).category(Category.HYGIENE).format(Format.COMPOSE)
            .description("Reports a service's effective `container_name`, in the file that wrote it. A value that "
                    + "is an unresolved variable is still a fixed name and is reported; an empty or null value is not.")
            .rationale("Container names are unique per Docker host. With a fixed name `docker compose up --scale` and "
                    + "`deploy.replicas` above 1 fail, and two checkouts of the project (two branches, two CI jobs on "
                    + "one runner) fight over the same container. Compose already names containers "
                    + "`<project>-<service>-<n>`, and other services reach it by its service name.")
            .remediation("Remove `container_name`; use the service name to reach it, and `name:` at the top level or "
                    + "`-p` to choose the project prefix.")
            .reference("https://docs.docker.com/reference/compose-file/services/#container_name")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            ComposeNode name = service.get("container_name");
            if (name.interpolated().map(String::isBlank).orElse(true)) continue;
            report(context, service, name, "service \"" + service.name() + "\" has a fixed container_name, so it "
                    + "cannot be scaled and clashes with another checkout of the project; remove it and use the "
                    + "service name");
        }
    }
}
