package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.List;

/** A symmetric customer key that keeps the same key material for its whole life. */
public final class KmsKeyRotationDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS100", "Customer key without automatic rotation")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_kms_key` for symmetric encryption (`customer_master_key_spec` absent or "
                    + "`SYMMETRIC_DEFAULT`, `key_usage` absent or `ENCRYPT_DECRYPT`) with `enable_key_rotation` "
                    + "absent (the default is false) or false. Asymmetric and HMAC keys are skipped because KMS "
                    + "cannot rotate them, and so are `aws_kms_external_key` resources (imported material). When a "
                    + "value is unknown, nothing is reported; --show-unknown names the unknown inputs.")
            .rationale("Automatic rotation gives the key new material every year (or the configured period) while "
                    + "old ciphertext stays readable, which limits how much data any one version protects. PCI DSS "
                    + "3.6.1 and 3.7.4 expect keys to be changed at the end of a defined cryptoperiod.")
            .remediation("Set `enable_key_rotation = true`, and optionally `rotation_period_in_days`.")
            .reference("https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html")
            .compliance("PCI-DSS-4.0:3.6.1").compliance("PCI-DSS-4.0:3.7.4").compliance("NIST-800-53:SC-12")
            .compliance("CIS-AWS-3.0:3.6").compliance("SOC2:CC6.1").compliance("SOC2:CC6.7")
            .compliance("DORA:Art.9")
            .equivalent("checkov", "CKV_AWS_7")
            .equivalent("trivy", "AVD-AWS-0065").equivalent("tfsec", "aws-kms-auto-rotate-keys")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance key : reporter.resources(module, "aws_kms_key")) {
            String name = key.block().address();
            List<String> unknown = new ArrayList<>();
            if (!rotatable(key.value("customer_master_key_spec"), "SYMMETRIC_DEFAULT", unknown)
                    || !rotatable(key.value("key_usage"), "ENCRYPT_DECRYPT", unknown)) continue;
            var attribute = key.attribute("enable_key_rotation");
            if (attribute.isPresent() && attribute.get().value().isTrue()) continue;
            if (!unknown.isEmpty()) {
                reporter.undecided(key.block().header(), "whether " + name + " is a symmetric encryption key",
                        unknown);
                continue;
            }
            if (attribute.isEmpty()) {
                reporter.report(key.block().header(), name + " does not set enable_key_rotation, so its key "
                        + "material is never rotated; set enable_key_rotation = true");
                continue;
            }
            if (!reporter.inThisFile(attribute.get())) continue;
            Value v = attribute.get().value();
            if (v.isFalse() || v.isNull()) {
                reporter.report(attribute.get().source().node().span(), name + " sets enable_key_rotation = "
                        + (v.isNull() ? "null (default false)" : "false") + ": "
                        + "its key material is never rotated; set it to true");
            } else if (!v.isKnown()) {
                reporter.undecided(attribute.get().source().node().span(),
                        "whether " + name + " rotates its key material", v.unknownReasons());
            }
        }
    }

    /** Whether a spec/usage value allows rotation: absent or the symmetric default; unknown adds its reasons. */
    private static boolean rotatable(Value v, String symmetric, List<String> unknown) {
        if (v.isAbsent() || v.isNull()) return true;
        if (!v.isKnown()) {
            unknown.addAll(v.unknownReasons());
            return true;
        }
        return v.string().map(symmetric::equals).orElse(false);
    }
}
