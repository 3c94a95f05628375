package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

/** A username cannot be verified as non-root by the orchestrator; a UID can. */
public final class FinalUserNotNumeric extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF052", "Final USER is a name, not a numeric UID")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Reports the last USER of the final image when its user part is a name (`USER app`, "
                    + "`USER app:app`) rather than a numeric UID. Numeric values, build args whose default is numeric "
                    + "and unresolved build args are accepted. `root` is left to DF050.")
            .rationale("Kubernetes `runAsNonRoot: true` checks the image's user before starting the container and "
                    + "refuses a name it cannot map to a UID, so the pod fails to start under the restricted pod "
                    + "security profile. A UID also keeps file ownership and audit logs unambiguous across images.")
            .remediation("Give the user a fixed UID when creating it (`useradd -u 10001 app`) and refer to it by "
                    + "number: `USER 10001:10001`.")
            .reference("https://docs.docker.com/reference/dockerfile/#user")
            .reference("https://kubernetes.io/docs/tasks/configure-pod-container/security-context/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        FinalUser.last(dockerfile)
                .filter(u -> u.resolved() && !u.isNumeric() && !u.isRoot() && !u.user().isEmpty())
                .ifPresent(u -> context.report(u.word().span(), "USER '" + u.word().value()
                        + "' is a name: use the numeric UID (e.g. USER 10001) so runAsNonRoot can verify it"));
    }
}
