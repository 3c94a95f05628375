package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.List;

/** A key policy applied without KMS's check that the caller can still manage the key afterwards. */
public final class KmsKeyPolicyLockoutCheckBypassed extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS106", "Key policy bypasses the lockout safety check")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("`bypass_policy_lockout_safety_check = true` on an `aws_kms_key` (AWS provider v3 style, "
                    + "policy inline) or on an `aws_kms_key_policy` (v4+ split resource). The default is false. When "
                    + "the value is unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("KMS normally refuses a key policy that would stop the principal setting it from changing "
                    + "the policy again. Skipping that check lets a mistaken policy leave the key unmanageable by "
                    + "anyone in the account, and only AWS Support can recover it; the data under the key is at risk "
                    + "meanwhile.")
            .remediation("Remove `bypass_policy_lockout_safety_check` (or set it to false) and fix the policy so "
                    + "that KMS accepts it.")
            .reference("https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html")
            .compliance("NIST-800-53:SC-12").compliance("SOC2:CC6.1").compliance("SOC2:CC6.7")
            .compliance("DORA:Art.9")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (String type : List.of("aws_kms_key", "aws_kms_key_policy")) {
            for (ResourceInstance resource : reporter.resources(module, type)) {
                var attribute = resource.attribute("bypass_policy_lockout_safety_check");
                if (attribute.isEmpty() || !reporter.inThisFile(attribute.get())) continue;
                String name = resource.block().address();
                Value v = attribute.get().value();
                if (v.isTrue()) {
                    reporter.report(attribute.get().source().node().span(), name + " bypasses the policy lockout "
                            + "safety check: a wrong policy can make the key unmanageable; remove the setting");
                } else if (!v.isKnown()) {
                    reporter.undecided(attribute.get().source().node().span(),
                            "whether " + name + " bypasses the policy lockout safety check", v.unknownReasons());
                }
            }
        }
    }
}
