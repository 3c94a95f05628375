package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.module.ModuleBlock;

/**
 * An input variable without {@code type}: Terraform accepts any value for it, so a wrong shape surfaces late, as
 * a confusing error deep in a resource or as a silently wrong plan.
 */
public final class VariableWithoutType extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("TF019", "Input variable has no type")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.TERRAFORM).optIn()
            .description("A `variable` block with no `type` argument.")
            .rationale("Untyped variables take whatever the caller passes: values given on the command line or in "
                    + "tfvars arrive as strings, and objects with a misspelt or missing key go unchecked until some "
                    + "resource fails. A type makes Terraform reject bad input at the boundary, with a clear message.")
            .remediation("Declare the type (`type = string`, `type = number`, `type = object({ ... })`), with "
                    + "`optional(...)` attributes where callers may omit them.")
            .reference("https://developer.hashicorp.com/terraform/language/values/variables#type-constraints")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ModuleBlock variable : module.module().variables()) {
            if (!reporter.inThisFile(variable.file()) || variable.attribute("type").isPresent()) continue;
            reporter.report(variable.header(), variable.address() + " has no type; declare one so bad input is "
                    + "rejected when the variable is set");
        }
    }
}
