package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.rules.RuleContext;

import java.util.Locale;

/** On a daemon with userns-remap, {@code userns_mode: host} makes the container's root the host's root again. */
public final class HostUserNamespace extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP005", "Service opts out of user-namespace remapping")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.COMPOSE)
            .description("Reports a service with `userns_mode: host` after `.env` interpolation, in the file that "
                    + "wrote the effective value. An absent key and a value using a variable that `.env` does not "
                    + "define are accepted. It matters only where the Docker daemon runs with `userns-remap`, hence "
                    + "the medium severity.")
            .rationale("User-namespace remapping runs container root as an unprivileged host user, so a process "
                    + "that escapes the container holds no rights on the host. Opting a service out turns that "
                    + "protection off for exactly the service that asked for more power.")
            .remediation("Remove `userns_mode: host`. Give files on bind mounts to the remapped user ids instead, "
                    + "or run the service with a non-root `user`.")
            .reference("https://docs.docker.com/reference/compose-file/services/#userns_mode")
            .reference("https://docs.docker.com/engine/security/userns-remap/")
            .equivalent("kics", "shared-host-user-namespace")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            ComposeNode mode = service.get("userns_mode");
            if (mode.resolved().map(v -> v.strip().toLowerCase(Locale.ROOT).equals("host")).orElse(false)) {
                report(context, service, mode, "service \"" + service.name() + "\" opts out of user-namespace "
                        + "remapping: its root is the host's root; remove userns_mode: host");
            }
        }
    }
}
