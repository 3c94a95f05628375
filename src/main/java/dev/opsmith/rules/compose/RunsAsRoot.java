package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.rules.RuleContext;

import java.util.Optional;

/** A process running as root in the container is root on the host as soon as it escapes. */
public final class RunsAsRoot extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP013", "Service runs as root")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.COMPOSE)
            .description("Reports a service whose effective `user` is `root` or UID `0`, with or without a group "
                    + "(`root:root`, `0:0`, `0:1000`), after `.env` interpolation (defaults count: "
                    + "`${APP_UID:-0}` is root), in the file that wrote the effective value. A non-root user "
                    + "(`app`, `1000`, `1000:1000`) and a value using a variable that `.env` does not define are "
                    + "accepted. A service without `user` is not reported: the image decides, and opsmith does not "
                    + "guess an image's user.")
            .rationale("Root in the container is UID 0 on the host unless the daemon remaps user namespaces. Any "
                    + "escape through a kernel bug, a mounted host path or a runtime flaw then lands as root; "
                    + "running as an unprivileged user makes the same bug much less useful and is what hardening "
                    + "benchmarks ask for.")
            .remediation("Set `user` to an unprivileged UID and GID (`\"10001:10001\"`) and make the paths the "
                    + "service writes owned by it, or remove `user` when the image already switches to a non-root user. "
                    + "Official database images start as root and drop privileges themselves: suppress the finding "
                    + "for them.")
            .reference("https://docs.docker.com/reference/compose-file/services/#user")
            .reference("https://docs.docker.com/engine/security/userns-remap/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            ComposeNode user = service.user();
            Optional<String> value = user.resolved().map(String::strip);
            if (value.isEmpty() || !isRoot(value.get())) continue;
            report(context, service, user, "service \"" + service.name() + "\" runs as root (user \"" + value.get()
                    + "\"); set user to an unprivileged UID:GID such as \"10001:10001\"");
        }
    }

    /** {@code root} or UID 0 as the user part of {@code user[:group]}. */
    static boolean isRoot(String value) {
        int colon = value.indexOf(':');
        String name = (colon < 0 ? value : value.substring(0, colon)).strip();
        return name.equals("root") || (!name.isEmpty() && name.chars().allMatch(c -> c == '0'));
    }
}
