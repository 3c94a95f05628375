package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.rules.RuleContext;

/** A read-only root filesystem keeps an intruder from changing the code the service runs. */
public final class ReadOnlyRootFilesystemNotSet extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP014", "Service root filesystem is writable")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.COMPOSE).optIn()
            .description("Reports a service whose `read_only` is not true after `.env` interpolation: at a `false` "
                    + "(or empty) value in the file that wrote it, or, when no file of the project sets it, at the "
                    + "service's key in the file that first defines the service. A value using a variable that "
                    + "`.env` does not define counts as set. Opt-in, because many published images write outside "
                    + "their volumes and need `tmpfs` paths before they can run read-only.")
            .rationale("With a writable root filesystem, code execution in the container can drop tools, patch "
                    + "binaries and scripts, and persist until the container is recreated. Read-only makes the image "
                    + "the single reviewed source of what runs, and writes go only where the file says they may.")
            .remediation("Set `read_only: true` and give the service `tmpfs` mounts (`/tmp`, `/run`) or volumes for "
                    + "the paths it writes.")
            .reference("https://docs.docker.com/reference/compose-file/services/#read_only")
            .reference("https://docs.docker.com/reference/compose-file/services/#tmpfs")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            ComposeNode readOnly = service.readOnly();
            String fix = "; set read_only: true and add tmpfs mounts or volumes for the paths it writes";
            if (!readOnly.present()) {
                reportMissing(context, service, "service \"" + service.name() + "\" has a writable root filesystem"
                        + fix);
            } else if (readOnly.isNull() || readOnly.bool().map(b -> !b).orElse(false)) {
                report(context, service, readOnly, "service \"" + service.name() + "\" sets read_only to false"
                        + fix);
            }
        }
    }
}
