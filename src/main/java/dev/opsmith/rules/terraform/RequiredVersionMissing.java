package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

/**
 * A module that never says which Terraform releases it was written for: anyone (or any pipeline image) can apply it
 * with an older or a much newer binary, and the state file is upgraded by whichever release ran last.
 */
public final class RequiredVersionMissing extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("TF001", "No `required_version` for Terraform itself")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("A module none of whose `terraform` blocks (in any of its files, override files included) "
                    + "sets `required_version`. Checked in root modules only (folders no other scanned module calls), which the modules they call inherit from.")
            .rationale("Without a constraint, a run with a different Terraform release may plan differently, fail on "
                    + "syntax it does not know, or upgrade the state so that the team's usual release can no longer "
                    + "read it.")
            .remediation("Add `terraform { required_version = \"~> 1.9\" }` (the releases the module is tested "
                    + "with) to the module's `versions.tf` or main file.")
            .reference("https://developer.hashicorp.com/terraform/language/terraform#terraform-required_version")
            .compliance("NIST-800-53:CM-2").compliance("SOC2:CC8.1").compliance("DORA:Art.9(4)(e)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        if (!reporter.isRoot()) return; // a called module inherits these settings from its root
        boolean set = module.module().blocks("terraform").stream()
                .anyMatch(t -> t.attribute("required_version").isPresent());
        if (set) return;
        TerraformSettings.moduleAnchor(module.module()).filter(a -> reporter.inThisFile(a.file())).ifPresent(a ->
                reporter.report(a.span(), "no terraform block of this module sets required_version; "
                        + "state which Terraform releases it supports (e.g. \"~> 1.9\")"));
    }
}
