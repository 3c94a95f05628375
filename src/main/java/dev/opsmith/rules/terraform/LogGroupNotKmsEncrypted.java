package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.hcl.Expression;
import dev.opsmith.format.terraform.value.Value;

/** A CloudWatch log group encrypted only with the service's own key, outside the organisation's key policies. */
public final class LogGroupNotKmsEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS222", "Log group not encrypted with a customer key")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_cloudwatch_log_group` without `kms_key_id` (or with it set to null or an empty "
                    + "string). CloudWatch Logs then encrypts with a key it owns, which no key policy of the "
                    + "account controls.")
            .rationale("Logs of a payments system carry request metadata, account identifiers and sometimes "
                    + "fragments of personal data. With a customer key, reading them also needs kms:Decrypt, access "
                    + "to the key is audited in CloudTrail, and revoking the key makes the logs unreadable; the "
                    + "service-owned key offers none of that (PCI DSS 10.3.2 protects audit logs from tampering "
                    + "and disclosure).")
            .remediation("Set `kms_key_id` to the ARN of a customer-managed KMS key whose policy allows the "
                    + "`logs.<region>.amazonaws.com` service principal to use it.")
            .reference("https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html")
            .compliance("PCI-DSS-4.0:10.3.2").compliance("NIST-800-53:SC-28").compliance("NIST-800-53:AU-9")
            .compliance("SOC2:CC7.2").compliance("DORA:Art.10(1)")
            .equivalent("checkov", "CKV_AWS_158")
            .equivalent("trivy", "AVD-AWS-0017").equivalent("tfsec", "aws-cloudwatch-log-group-customer-key")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance group : reporter.resources(module, "aws_cloudwatch_log_group")) {
            String name = group.block().address();
            var attribute = group.attribute("kms_key_id");
            if (attribute.isEmpty()) {
                reporter.report(group.block().header(), name + " does not set kms_key_id, so its logs are "
                        + "encrypted only with a key the service owns; set kms_key_id to a customer-managed key");
                continue;
            }
            if (!reporter.inThisFile(attribute.get())) continue;
            Value v = attribute.get().value();
            if (!v.isKnown()) {
                if (namesManagedKey(attribute.get().source().node().value())) continue;
                reporter.undecided(attribute.get().source().node().span(),
                        "whether " + name + " is encrypted with a customer key", v.unknownReasons());
            } else if (v.isNull() || v.string().map(String::isBlank).orElse(false)) {
                reporter.report(attribute.get().source().node().span(), name + " sets an empty kms_key_id, so its "
                        + "logs are encrypted only with a key the service owns; name a customer-managed key");
            }
        }
    }

    /**
     * Whether an expression is an attribute of a KMS key or alias managed in this configuration
     * ({@code aws_kms_key.logs.arn}): such a value is unknown until apply but can never be empty, so the log group
     * is encrypted with a customer key.
     */
    private static boolean namesManagedKey(Expression expression) {
        Expression e = expression;
        while (true) {
            if (e instanceof Expression.GetAttr g) e = g.target();
            else if (e instanceof Expression.Index i) e = i.target();
            else if (e instanceof Expression.Parenthesized p) e = p.expression();
            else break;
        }
        return e != expression && e instanceof Expression.Variable v && v.name().startsWith("aws_kms_");
    }
}
