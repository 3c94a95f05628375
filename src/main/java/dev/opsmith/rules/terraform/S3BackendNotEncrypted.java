package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.hcl.Block;
import dev.opsmith.format.terraform.hcl.Expression;
import dev.opsmith.format.terraform.module.Located;

import java.util.List;
import java.util.Optional;

/**
 * An S3 backend that does not ask for server-side encryption of the state object. State holds every secret the
 * configuration touches (database passwords, generated keys) in clear text.
 */
public final class S3BackendNotEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("TF011", "S3 backend does not encrypt state")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("A `backend \"s3\"` block whose `encrypt` is `false` or not set. When the block leaves out "
                    + "`bucket` or `key`, it is completed by `-backend-config` at init, which opsmith does not read "
                    + "yet: a missing `encrypt` is then reported as undecided, not as a finding.")
            .rationale("Terraform state contains resource attributes in clear text, including passwords, private "
                    + "keys and tokens. `encrypt = true` makes the backend request server-side encryption of the "
                    + "state object, whatever the bucket's defaults are.")
            .remediation("Set `encrypt = true` (and `kms_key_id` for a customer-managed key) in the backend block "
                    + "or in the backend configuration file passed to `terraform init`.")
            .reference("https://developer.hashicorp.com/terraform/language/backend/s3")
            .compliance("PCI-DSS-4.0:3.5.1").compliance("NIST-800-53:SC-28")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (Located<Block> located : TerraformSettings.backends(module.module())) {
            Block backend = located.node();
            if (!"s3".equals(backend.label(0)) || !reporter.inThisFile(located.file())) continue;
            Optional<Expression> encrypt = TerraformSettings.argument(backend, "encrypt");
            if (encrypt.isPresent()) {
                Optional<Boolean> value = TerraformSettings.literalBool(encrypt.get());
                if (value.isEmpty()) {
                    reporter.undecided(encrypt.get().span(), "whether the S3 backend encrypts state",
                            List.of("backend \"s3\".encrypt: " + TerraformSettings.NOT_LITERAL));
                } else if (!value.get()) {
                    reporter.report(encrypt.get().span(), "the S3 backend stores state unencrypted "
                            + "(encrypt = false); set encrypt = true");
                }
            } else if (!TerraformSettings.missingS3Arguments(backend).isEmpty()) {
                reporter.undecided(TerraformSettings.header(backend), "whether the S3 backend encrypts state",
                        List.of(TerraformSettings.partialConfiguration(backend, "encrypt")));
            } else {
                reporter.report(TerraformSettings.header(backend), "the S3 backend does not set encrypt = true, "
                        + "so state (with its secrets) may be stored unencrypted");
            }
        }
    }
}
