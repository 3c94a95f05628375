package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.hcl.Block;
import dev.opsmith.format.terraform.module.Located;

import java.util.List;

/**
 * State kept on the machine that ran {@code apply}: it is lost with the runner, cannot be locked against concurrent
 * runs, and holds secrets in clear text outside any access control or backup.
 */
public final class LocalStateInRoot extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("TF010", "Root module keeps state locally")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("A module with neither a `backend` block nor a `cloud` block in any `terraform` block, or "
                    + "with `backend \"local\"`. Checked in root modules only (folders no other scanned module calls), which the modules they call inherit from.")
            .rationale("Local state lives in one working copy or one CI runner: it is lost with it, two runs can "
                    + "overwrite each other, and the secrets it contains escape the access control, encryption and "
                    + "versioning a remote backend provides.")
            .remediation("Configure a remote backend (`backend \"s3\"` with encryption and locking, or a `cloud` "
                    + "block) and run `terraform init -migrate-state`.")
            .reference("https://developer.hashicorp.com/terraform/language/backend")
            .compliance("NIST-800-53:CP-9").compliance("SOC2:A1.2").compliance("DORA:Art.12(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        if (!reporter.isRoot()) return; // a called module inherits these settings from its root
        List<Located<Block>> backends = TerraformSettings.backends(module.module());
        boolean cloud = module.module().blocks("terraform").stream().anyMatch(t -> !t.blocks("cloud").isEmpty());
        for (Located<Block> backend : backends) {
            Block b = backend.node();
            if ("local".equals(b.label(0)) && reporter.inThisFile(backend.file()) && !cloud) {
                reporter.report(b.typeSpan().union(b.labels().get(0).span()), "backend \"local\" keeps state on the "
                        + "machine that runs Terraform; use a remote backend with encryption and locking");
            }
        }
        if (!backends.isEmpty() || cloud) return;
        TerraformSettings.moduleAnchor(module.module()).filter(a -> reporter.inThisFile(a.file())).ifPresent(a ->
                reporter.report(a.span(), "no backend or cloud block: state is kept locally; configure a remote "
                        + "backend with encryption and locking"));
    }
}
