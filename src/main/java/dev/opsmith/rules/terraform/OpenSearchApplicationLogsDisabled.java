package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A search domain that does not publish its error (application) log. */
public final class OpenSearchApplicationLogsDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS297", "Search domain error logs not published")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_opensearch_domain` or `aws_elasticsearch_domain` without a "
                    + "`log_publishing_options` block whose `log_type` is `ES_APPLICATION_LOGS` and whose `enabled` "
                    + "is not false. When a block's log type or flag is unknown (or a `dynamic` block's `for_each` "
                    + "is), nothing is reported; --show-unknown names the unknown inputs.")
            .rationale("The error log holds the domain's own errors and warnings (failed shard allocations, "
                    + "mapping conflicts, snapshot failures); without it, an outage or silent data loss is "
                    + "diagnosed blind.")
            .remediation("Add `log_publishing_options { log_type = \"ES_APPLICATION_LOGS\" cloudwatch_log_group_arn "
                    + "= aws_cloudwatch_log_group.search.arn }`.")
            .reference("https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createdomain-configure-slow-logs.html")
            .compliance("NIST-800-53:AU-12").compliance("SOC2:CC7.2").compliance("SOC2:CC7.3")
            .compliance("DORA:Art.10(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance domain : OpenSearchDomains.of(reporter, module)) {
            String name = domain.block().address();
            OpenSearchLogPublishing.Answer errors = OpenSearchLogPublishing.of(domain, "ES_APPLICATION_LOGS");
            if (errors.certainlyNot()) {
                reporter.report(domain.block().header(), name + " does not publish ES_APPLICATION_LOGS; add a "
                        + "log_publishing_options block with log_type = \"ES_APPLICATION_LOGS\" and a log group");
            } else if (!errors.published()) {
                reporter.undecided(domain.block().header(), "whether " + name + " publishes error logs",
                        errors.unknownReasons());
            }
        }
    }
}
