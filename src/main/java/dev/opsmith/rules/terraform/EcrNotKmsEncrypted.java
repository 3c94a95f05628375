package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

/** An ECR repository whose image layers are encrypted with AES-256 managed by ECR instead of a KMS key. */
public final class EcrNotKmsEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS237", "Repository not encrypted with KMS")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_ecr_repository` without an `encryption_configuration` block (ECR then uses "
                    + "AES-256 with keys it manages), or whose `encryption_type` is `AES256` or absent. "
                    + "`KMS` is accepted, with or without `kms_key` (the AWS-managed `aws/ecr` key is used when it "
                    + "is left out). When the type is unknown, nothing is reported; --show-unknown names the "
                    + "unknown input.")
            .rationale("With KMS, pulling an image also needs permission on the key and every use is recorded in "
                    + "CloudTrail; images often embed configuration and internal code that should be protected "
                    + "like other data at rest.")
            .remediation("Add `encryption_configuration { encryption_type = \"KMS\" kms_key = aws_kms_key.ecr.arn }`. "
                    + "The setting is fixed at creation, so the repository must be recreated and its images pushed "
                    + "again.")
            .reference("https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html")
            .compliance("NIST-800-53:SC-28").compliance("NIST-800-53:SC-12").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .equivalent("checkov", "CKV_AWS_136")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance repository : reporter.resources(module, "aws_ecr_repository")) {
            String name = repository.block().address();
            var configs = repository.blocks("encryption_configuration");
            if (configs.isEmpty()) {
                reporter.report(repository.block().header(), name + " has no encryption_configuration, so its "
                        + "images are not encrypted with KMS; add one with encryption_type = \"KMS\"");
                continue;
            }
            for (EvaluatedBlock config : configs) {
                if (!reporter.inThisFile(config.source().file())) continue;
                var where = config.source().node().typeSpan();
                if (config.undecided().isPresent()) {
                    reporter.undecided(where, "whether " + name + " is encrypted with KMS",
                            config.undecided().get().unknownReasons());
                    continue;
                }
                var attribute = config.attribute("encryption_type");
                if (attribute.isEmpty()) {
                    reporter.report(where, name + " does not set encryption_type, so its images are encrypted "
                            + "with AES256 rather than KMS; set encryption_type = \"KMS\"");
                    continue;
                }
                Value v = attribute.get().value();
                if (!v.isKnown()) {
                    reporter.undecided(attribute.get().source().node().span(),
                            "whether " + name + " is encrypted with KMS", v.unknownReasons());
                } else if (v.isNull() || v.string().map("AES256"::equals).orElse(false)) {
                    reporter.report(attribute.get().source().node().span(), name + " sets encryption_type = "
                            + "\"AES256\": its images are not encrypted with KMS; set it to \"KMS\"");
                }
            }
        }
    }
}
