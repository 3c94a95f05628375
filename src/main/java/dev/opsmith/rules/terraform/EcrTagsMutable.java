package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

/** An ECR repository where pushing an existing tag silently replaces the image behind it. */
public final class EcrTagsMutable extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS235", "Repository allows image tags to be overwritten")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_ecr_repository` with `image_tag_mutability` absent (the default is `MUTABLE`) or "
                    + "`MUTABLE`. `IMMUTABLE` and `IMMUTABLE_WITH_EXCLUSION` are accepted. When the value is "
                    + "unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("With mutable tags, `payments-api:1.4.2` can point to a different image tomorrow: a "
                    + "compromised pipeline or a careless push replaces what was reviewed and approved, and "
                    + "deployments by tag no longer prove which code runs (PCI DSS 6.3.2 software inventory).")
            .remediation("Set `image_tag_mutability = \"IMMUTABLE\"` and publish a new tag for every build; deploy "
                    + "by digest where possible.")
            .reference("https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html")
            .compliance("PCI-DSS-4.0:6.3.2").compliance("NIST-800-53:CM-14").compliance("NIST-800-53:SI-7")
            .compliance("SOC2:CC8.1").compliance("DORA:Art.9")
            .equivalent("checkov", "CKV_AWS_51")
            .equivalent("trivy", "AVD-AWS-0031").equivalent("tfsec", "aws-ecr-enforce-immutable-repository")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance repository : reporter.resources(module, "aws_ecr_repository")) {
            String name = repository.block().address();
            var attribute = repository.attribute("image_tag_mutability");
            if (attribute.isEmpty()) {
                reporter.report(repository.block().header(), name + " does not set image_tag_mutability, so its "
                        + "tags can be overwritten (default MUTABLE); set image_tag_mutability = \"IMMUTABLE\"");
                continue;
            }
            if (!reporter.inThisFile(attribute.get())) continue;
            Value v = attribute.get().value();
            if (!v.isKnown()) {
                reporter.undecided(attribute.get().source().node().span(),
                        "whether " + name + " allows tags to be overwritten", v.unknownReasons());
            } else if (v.isNull() || v.string().map(s -> s.equals("MUTABLE")).orElse(false)) {
                reporter.report(attribute.get().source().node().span(), name + " sets image_tag_mutability = "
                        + (v.isNull() ? "null (default \"MUTABLE\")" : "\"MUTABLE\"")
                        + ": a push can replace the image behind an existing tag; set it to \"IMMUTABLE\"");
            }
        }
    }
}
