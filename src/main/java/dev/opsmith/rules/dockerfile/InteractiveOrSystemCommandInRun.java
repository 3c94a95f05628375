package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Set;

/**
 * A build step has no terminal, no init system and no long-lived processes, so editors, service managers and process
 * tools either hang the build or do nothing.
 */
public final class InteractiveOrSystemCommandInRun extends DockerfileRule {
    private static final Set<String> POINTLESS = Set.of("ssh", "vim", "nano", "shutdown", "service", "ps", "top", "free",
            "kill", "mount", "ifconfig");
    private static final Set<String> SYSTEMCTL_RUNTIME = Set.of("start", "restart", "stop", "reload");

    static final RuleMeta META = RuleMeta.builder("DF096", "RUN uses commands pointless at build time")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.DOCKERFILE)
            .description("Flags RUN commands that need a terminal, a running init system or live processes: `ssh`, "
                    + "`vim`, `nano`, `shutdown`, `service`, `systemctl start|restart|stop|reload`, `ps`, `top`, `free`, "
                    + "`kill`, `mount`, `ifconfig` (also behind `sudo`/`env`, and in `sh -c` strings). Accepted: the same "
                    + "names as package arguments (`apt-get install -y vim`), and `systemctl enable`, which only writes "
                    + "unit symlinks.")
            .rationale("A build step runs once, without a TTY or an init system. Editors and `top` hang the build until it "
                    + "times out; services started with `service` or `systemctl` do not survive into the container; "
                    + "`ps`, `free` and `kill` describe the build sandbox, not the running container. Such lines are "
                    + "usually left over from debugging and make the build's behaviour harder to reason about.")
            .remediation("Remove the command. Start long-running processes from CMD/ENTRYPOINT, edit files with `sed` or "
                    + "`COPY`, and debug a running container with `docker exec` or `kubectl debug`.")
            .reference("https://docs.docker.com/build/building/best-practices/#run")
            .equivalent("hadolint", "DL3001")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile df, RuleContext ctx) {
        for (RunCommands.Run run : RunCommands.of(df)) {
            for (Command c : run.commands()) {
                Command e = c.effective();
                String name = e.name();
                Word at = e.nameWord().orElse(null);
                if (at == null) continue;
                if (POINTLESS.contains(name)) {
                    ctx.report(at.span(), name + " does nothing useful in a build step (no terminal, no init system, no "
                            + "running container); remove it");
                } else if (name.equals("systemctl")) {
                    List<Word> ops = e.positionals();
                    if (!ops.isEmpty() && SYSTEMCTL_RUNTIME.contains(ops.get(0).value())) {
                        ctx.report(at.span(), "systemctl " + ops.get(0).value() + " has no running systemd in a build step; "
                                + "start the process from CMD/ENTRYPOINT instead");
                    }
                }
            }
        }
    }
}
