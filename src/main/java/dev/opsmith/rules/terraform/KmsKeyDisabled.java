package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A KMS key declared disabled: nothing encrypted under it can be decrypted until someone enables it again. */
public final class KmsKeyDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS104", "Key is created disabled")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_kms_key` with `is_enabled = false`. The provider's default is true, so a key that "
                    + "does not write the attribute is not reported. When the value is unknown (a variable without a "
                    + "value), nothing is reported; --show-unknown names the unknown input.")
            .rationale("Every decrypt call against a disabled key fails: volumes, databases, buckets and secrets "
                    + "encrypted with it become unreadable, which is an outage for whatever depends on them. Disabling "
                    + "a key is an incident-response action, not a state to keep in configuration.")
            .remediation("Remove `is_enabled = false` (or set it to true). To retire a key, schedule its deletion "
                    + "after re-encrypting the data under a new key.")
            .reference("https://docs.aws.amazon.com/kms/latest/developerguide/enabling-keys.html")
            .compliance("NIST-800-53:SC-12").compliance("SOC2:CC6.1").compliance("SOC2:CC6.7")
            .compliance("DORA:Art.9")
            .equivalent("checkov", "CKV_AWS_227")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance key : reporter.resources(module, "aws_kms_key")) {
            String name = key.block().address();
            // absent or null: the provider enables the key, so only a written false is reported
            ExpectedFlag.check(reporter, key.block().header(), key.attribute("is_enabled"), true, true, "",
                    name + " sets is_enabled = false: data encrypted with it cannot be decrypted; enable the key",
                    "whether " + name + " is enabled");
        }
    }
}
