package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Optional;

/** Kernel and boot directories are replaced or mounted over at run time; nothing written there survives. */
public final class WorkdirInSystemDirectory extends DockerfileRule {
    private static final List<String> SYSTEM_DIRS = List.of("/proc", "/sys", "/dev", "/boot", "/lost+found");

    static final RuleMeta META = RuleMeta.builder("DF068", "WORKDIR inside a kernel or system directory")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Reports a WORKDIR that resolves to `/proc`, `/sys`, `/dev`, `/boot`, `/lost+found` or a "
                    + "directory below them, after build-arg expansion and resolution of relative WORKDIRs. "
                    + "Unresolved variables are skipped.")
            .rationale("The runtime mounts procfs, sysfs and a device tmpfs over these paths, so files placed there "
                    + "during the build vanish when the container starts, and a process that works there touches "
                    + "kernel interfaces. /boot and /lost+found are host concepts with no meaning in a container.")
            .remediation("Use an application directory such as `/app`, `/opt/<name>` or `/srv/<name>`.")
            .reference("https://docs.docker.com/reference/dockerfile/#workdir")
            .equivalent("trivy", "DS030")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Instruction w : dockerfile.instructions("WORKDIR")) {
            if (w.words().isEmpty()) continue;
            Optional<String> dir = ContainerPaths.workdirAt(dockerfile, w)
                    .flatMap(before -> ContainerPaths.applyWorkdir(dockerfile, w, before));
            if (dir.isEmpty()) continue;
            for (String sys : SYSTEM_DIRS) {
                if (dir.get().equals(sys) || dir.get().startsWith(sys + "/")) {
                    context.report(w.words().get(0).span(), "WORKDIR " + dir.get() + " is inside " + sys
                            + ", which the runtime mounts over: use an application directory such as /app");
                    break;
                }
            }
        }
    }
}
