package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A search domain that does not publish its audit log, so who read or changed which index is not recorded. */
public final class OpenSearchAuditLogsDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS296", "Search domain audit logs not published")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_opensearch_domain` or `aws_elasticsearch_domain` without a "
                    + "`log_publishing_options` block whose `log_type` is `AUDIT_LOGS` and whose `enabled` is not "
                    + "false. When a block's log type or flag is unknown (or a `dynamic` block's `for_each` is), "
                    + "nothing is reported; --show-unknown names the unknown inputs.")
            .rationale("Audit logs record authentication failures and, when configured, reads and writes per "
                    + "index and user: the evidence needed to show who accessed cardholder data (PCI DSS 10.2.1). "
                    + "They need fine-grained access control and must also be enabled in the domain's security "
                    + "settings.")
            .remediation("Add `log_publishing_options { log_type = \"AUDIT_LOGS\" cloudwatch_log_group_arn = "
                    + "aws_cloudwatch_log_group.audit.arn }`, with a log group resource policy that lets the "
                    + "service write to it.")
            .reference("https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html")
            .compliance("PCI-DSS-4.0:10.2.1").compliance("NIST-800-53:AU-2").compliance("NIST-800-53:AU-12")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .equivalent("checkov", "CKV_AWS_317")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance domain : OpenSearchDomains.of(reporter, module)) {
            String name = domain.block().address();
            OpenSearchLogPublishing.Answer audit = OpenSearchLogPublishing.of(domain, "AUDIT_LOGS");
            if (audit.certainlyNot()) {
                reporter.report(domain.block().header(), name + " does not publish AUDIT_LOGS; add a "
                        + "log_publishing_options block with log_type = \"AUDIT_LOGS\" and a log group");
            } else if (!audit.published()) {
                reporter.undecided(domain.block().header(), "whether " + name + " publishes audit logs",
                        audit.unknownReasons());
            }
        }
    }
}
