package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

/** An access key whose secret Terraform keeps in its state file in clear text. */
public final class IamAccessKeySecretInState extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS064", "Access key secret stored in Terraform state in clear")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_iam_access_key` without `pgp_key`. The provider then writes the secret access "
                    + "key (and the SES SMTP password derived from it) to the Terraform state unencrypted. A "
                    + "`pgp_key` whose value is unknown still counts as set.")
            .rationale("Everyone and everything that can read the state (CI jobs, the state bucket's readers, "
                    + "engineers running plan) can read the secret, and state files are copied and kept for a long "
                    + "time. PCI DSS 8.3.2 asks that authentication factors be unreadable in storage.")
            .remediation("Prefer a role over an access key. If a key is needed, set `pgp_key` (a `keybase:` user "
                    + "or a base64 public key) so only the encrypted secret is stored, and hand the secret over "
                    + "through a secrets manager.")
            .reference("https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_access_key")
            .compliance("NIST-800-53:IA-5").compliance("NIST-800-53:SC-28").compliance("PCI-DSS-4.0:8.3.2")
            .compliance("SOC2:CC6.1").compliance("DORA:Art.9(4)(d)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance key : reporter.resources(module, "aws_iam_access_key")) {
            Value pgp = key.value("pgp_key");
            boolean missing = pgp.isAbsent() || pgp.isNull() || pgp.string().map(String::isBlank).orElse(false);
            if (!missing) continue;
            String name = key.block().address();
            reporter.report(key.block().header(), name + " has no pgp_key, so its secret is written to the "
                    + "Terraform state in clear; set pgp_key or use a role instead of a key");
        }
    }
}
