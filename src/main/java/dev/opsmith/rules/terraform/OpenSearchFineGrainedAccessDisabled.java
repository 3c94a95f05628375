package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A search domain without fine-grained access control: anyone the access policy admits sees every index. */
public final class OpenSearchFineGrainedAccessDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS295", "Search domain fine-grained access control off")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_opensearch_domain` or `aws_elasticsearch_domain` without an "
                    + "`advanced_security_options` block, or whose `advanced_security_options.enabled` is absent or "
                    + "false. When the value is unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("Without fine-grained access control, the domain's access policy is all-or-nothing: every "
                    + "principal it admits can read and write every index. Roles per index, document and field keep "
                    + "each team and service to the data it needs.")
            .remediation("Add `advanced_security_options { enabled = true internal_user_database_enabled = false "
                    + "master_user_options { master_user_arn = ... } }`. It also requires HTTPS, node-to-node "
                    + "encryption and encryption at rest.")
            .reference("https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html")
            .compliance("NIST-800-53:AC-3").compliance("NIST-800-53:AC-6").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.2").compliance("SOC2:CC6.3").compliance("DORA:Art.9(4)(c)")
            .compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV2_AWS_52")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance domain : OpenSearchDomains.of(reporter, module)) {
            String name = domain.block().address();
            ExpectedFlag.checkInBlock(reporter, domain, "advanced_security_options", "enabled", false,
                    name + " has no advanced_security_options block, so fine-grained access control is off; add "
                            + "advanced_security_options { enabled = true }",
                    name + " does not set advanced_security_options.enabled, so fine-grained access control is off; "
                            + "set enabled = true",
                    name + " sets advanced_security_options.enabled = false: fine-grained access control is off; "
                            + "set it to true",
                    "whether " + name + " uses fine-grained access control");
        }
    }
}
