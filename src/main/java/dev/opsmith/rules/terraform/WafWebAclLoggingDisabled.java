package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.References;

/** A web ACL that blocks and allows requests without recording any of its decisions. */
public final class WafWebAclLoggingDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS312", "Web ACL without logging")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_wafv2_web_acl` that no `aws_wafv2_web_acl_logging_configuration` of the module "
                    + "names in its `resource_arn`. When a logging configuration's `resource_arn` is unknown, "
                    + "nothing is reported; --show-unknown names the unknown input.")
            .rationale("WAF logs show which requests were blocked or counted, by which rule and from where: the "
                    + "evidence for tuning rules, for spotting an attack in progress and for PCI DSS 10.2.1 "
                    + "reviews. Sampled requests in the console keep only three hours.")
            .remediation("Add an `aws_wafv2_web_acl_logging_configuration` with `resource_arn = "
                    + "aws_wafv2_web_acl.x.arn` and a CloudWatch Logs group, S3 bucket or Firehose stream whose "
                    + "name starts with `aws-waf-logs-`; redact authorization headers with `redacted_fields`.")
            .reference("https://docs.aws.amazon.com/waf/latest/developerguide/logging.html")
            .compliance("PCI-DSS-4.0:10.2.1").compliance("NIST-800-53:AU-2").compliance("NIST-800-53:AU-12")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .equivalent("checkov", "CKV2_AWS_31")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance acl : reporter.resources(module, "aws_wafv2_web_acl")) {
            String name = acl.block().address();
            References.Referrers logging = References.referrers(module, acl,
                    "aws_wafv2_web_acl_logging_configuration", "resource_arn");
            if (!logging.isEmpty()) continue;
            if (!logging.certainlyNone()) {
                reporter.undecided(acl.block().header(), "whether " + name + " logs its requests",
                        logging.unknownReasons());
                continue;
            }
            reporter.report(acl.block().header(), name + " has no logging configuration, so its decisions are not "
                    + "recorded; add an aws_wafv2_web_acl_logging_configuration with resource_arn = " + name
                    + ".arn");
        }
    }
}
