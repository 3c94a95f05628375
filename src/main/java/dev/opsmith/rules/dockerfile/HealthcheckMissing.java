package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Stage;
import dev.opsmith.rules.RuleContext;

import java.util.List;

/**
 * Without a HEALTHCHECK, plain Docker and Compose treat a hung process as healthy. Orchestrator probes often do this
 * job instead, so the rule is low and an explicit {@code HEALTHCHECK NONE} records that decision.
 */
public final class HealthcheckMissing extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF088", "Final image has no HEALTHCHECK")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Flags a Dockerfile whose final image (the last stage and the stages it is built on with "
                    + "`FROM <alias>`) has no `HEALTHCHECK` instruction. Accepted: any HEALTHCHECK there, including "
                    + "`HEALTHCHECK NONE`, which states that health is checked elsewhere (for example by Kubernetes "
                    + "liveness and readiness probes). HEALTHCHECKs in builder stages and `ONBUILD HEALTHCHECK` do not "
                    + "count. A HEALTHCHECK inherited from an external base image cannot be seen and is not assumed.")
            .rationale("Docker, Compose and Swarm only know a container is unhealthy if the image says how to check. "
                    + "Without it, a deadlocked service keeps receiving traffic. Where Kubernetes probes are the real "
                    + "check, writing `HEALTHCHECK NONE` documents that choice for reviewers and auditors instead of "
                    + "leaving it implicit.")
            .remediation("Add a cheap check of the service itself, e.g. `HEALTHCHECK --interval=30s --timeout=3s CMD "
                    + "[\"/app/healthcheck\"]`, or `HEALTHCHECK NONE` when the orchestrator's probes are the health check.")
            .reference("https://docs.docker.com/reference/dockerfile/#healthcheck")
            .reference("https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/")
            .equivalent("hadolint", "DL3057").equivalent("checkov", "CKV_DOCKER_2").equivalent("trivy", "DS026")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile df, RuleContext ctx) {
        List<Stage> chain = FinalImage.stages(df);
        if (chain.isEmpty()) return;
        for (Stage s : chain) {
            if (!s.instructions("HEALTHCHECK").isEmpty()) return;
        }
        Stage last = chain.get(0);
        ctx.report(last.from().span(), "the final image (stage " + last.nameOrIndex() + ") has no HEALTHCHECK; add one, "
                + "or HEALTHCHECK NONE when Kubernetes or another orchestrator probes the container");
    }
}
