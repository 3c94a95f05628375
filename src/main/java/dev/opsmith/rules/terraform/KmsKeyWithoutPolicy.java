package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.References;

/** A key that relies on the default key policy, which hands every decision to IAM in the account. */
public final class KmsKeyWithoutPolicy extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS105", "Key relies on the default key policy")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_kms_key` without a `policy` attribute and without an `aws_kms_key_policy` whose "
                    + "`key_id` refers to it. Opt-in: the default policy is safe in accounts where IAM is tightly "
                    + "controlled. When some `aws_kms_key_policy` has an unknown `key_id` or the `policy` value is "
                    + "unknown, nothing is reported (--show-unknown names the unknown inputs).")
            .rationale("The default key policy grants the account root full access, so any IAM principal of the "
                    + "account with a broad `kms:*` permission can decrypt; a key policy of its own names who may use "
                    + "and who may manage the key, separating duties as PCI DSS key-management requirements expect.")
            .remediation("Write a key policy (in `policy` or an `aws_kms_key_policy`) that names the administrators "
                    + "and the roles allowed to use the key.")
            .reference("https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html")
            .compliance("NIST-800-53:AC-6").compliance("NIST-800-53:SC-12").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(4)(d)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance key : reporter.resources(module, "aws_kms_key")) {
            String name = key.address();
            Value policy = key.value("policy");
            if (!policy.isAbsent() && !policy.isNull()) continue;
            References.Referrers policies = References.referrers(module, key, "aws_kms_key_policy", "key_id",
                    "key_id", "arn");
            if (!policies.isEmpty()) continue;
            if (!policies.certainlyNone()) {
                reporter.undecided(key.block().header(), "whether " + name + " has a key policy of its own",
                        policies.unknownReasons());
                continue;
            }
            reporter.report(key.block().header(), name + " has no key policy, so the default policy lets any IAM "
                    + "principal of the account with kms permissions use it; write a policy naming its users and "
                    + "administrators");
        }
    }
}
