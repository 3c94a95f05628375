package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

/** Exposing port 22 signals an SSH daemon in the container: a second, long-lived way in that bypasses the platform. */
public final class ExposeSshPort extends DockerfileRule {
    private static final long SSH = 22;

    static final RuleMeta META = RuleMeta.builder("DF087", "EXPOSE publishes SSH port 22")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Flags `EXPOSE 22` with any protocol (`22`, `22/tcp`, `22/udp`) and port ranges that contain "
                    + "22 (`20-30`), after resolving variables from ARG/ENV defaults. Accepted: other ports; unresolved "
                    + "variables are skipped.")
            .rationale("An SSH server inside a container is an extra remote-access path with its own keys and "
                    + "passwords, outside the platform's audited access (`kubectl exec`, `docker exec`) and its logging. "
                    + "Regulated environments generally forbid interactive access to production workloads that is not "
                    + "brokered and recorded.")
            .remediation("Remove the SSH server and `EXPOSE 22`; use `kubectl exec`/`docker exec` or an ephemeral "
                    + "debug container when shell access is really needed.")
            .reference("https://docs.docker.com/reference/dockerfile/#expose")
            .reference("https://kubernetes.io/docs/tasks/debug/debug-application/debug-running-pod/#ephemeral-container")
            .equivalent("checkov", "CKV_DOCKER_1").equivalent("trivy", "DS004")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile df, RuleContext ctx) {
        for (ExposedPorts.Spec spec : ExposedPorts.of(df)) {
            if (!spec.resolved()) continue;
            long[] range = spec.range();
            if (range == null || range[0] > SSH || range[1] < SSH) continue;
            ctx.report(spec.word().span(), "EXPOSE " + spec.text() + " publishes the SSH port 22; remove the SSH server "
                    + "and use kubectl exec or docker exec for access");
        }
    }
}
