package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.module.ModuleBlock;

/**
 * {@code version} inside a {@code provider} block: the pre-0.13 way of constraining a provider. Newer Terraform
 * releases warn about it or ignore it, so the pin the author believes in may not hold.
 */
public final class ProviderVersionInProviderBlock extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("TF004", "`version` set inside a provider block")
            .severity(Severity.LOW).category(Category.HYGIENE).format(Format.TERRAFORM)
            .description("A `provider` block with a `version` attribute. Since Terraform 0.13 provider versions "
                    + "belong in `terraform { required_providers { ... } }`; the attribute in the provider block is "
                    + "deprecated and later releases no longer honour it.")
            .rationale("A version written where Terraform no longer reads it gives a false sense of pinning: "
                    + "`terraform init` may install a different provider release than the one the author reviewed.")
            .remediation("Move the constraint to `required_providers` (`aws = { source = \"hashicorp/aws\", "
                    + "version = \"~> 5.0\" }`) and delete the `version` attribute from the provider block.")
            .reference("https://developer.hashicorp.com/terraform/language/providers/requirements")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ModuleBlock provider : module.module().blocks("provider")) {
            provider.attribute("version").filter(a -> reporter.inThisFile(a.file())).ifPresent(a ->
                    reporter.report(a.node().span(), "provider \"" + provider.labels().get(0) + "\" sets `version`, "
                            + "which Terraform 0.13+ ignores or deprecates; move the constraint to required_providers"));
        }
    }
}
