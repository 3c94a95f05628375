package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

import java.util.List;

/** A search domain created with a public endpoint instead of inside a VPC. */
public final class OpenSearchNotInVpc extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS294", "Search domain has a public endpoint")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_opensearch_domain` or `aws_elasticsearch_domain` without a `vpc_options` block: "
                    + "the domain then gets an internet-facing endpoint guarded only by its access policy. A "
                    + "`dynamic \"vpc_options\"` block whose `for_each` is unknown is left undecided.")
            .rationale("A public endpoint can be reached from anywhere; a mistake in the access policy or in "
                    + "fine-grained access control then exposes the indexed data to the internet (PCI DSS 1.4.1). "
                    + "Inside a VPC, security groups add a network boundary.")
            .remediation("Add `vpc_options { subnet_ids = [...] security_group_ids = [...] }`. The placement is "
                    + "fixed at creation: the domain must be recreated and its data restored from a snapshot.")
            .reference("https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html")
            .compliance("PCI-DSS-4.0:1.4.1").compliance("NIST-800-53:SC-7").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_137")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance domain : OpenSearchDomains.of(reporter, module)) {
            String name = domain.block().address();
            List<EvaluatedBlock> blocks = domain.blocks("vpc_options");
            if (blocks.isEmpty()) {
                reporter.report(domain.block().header(), name + " has no vpc_options, so its endpoint is public; "
                        + "place it in private subnets with vpc_options");
            } else if (blocks.get(0).undecided().isPresent() && reporter.inThisFile(blocks.get(0).source().file())) {
                reporter.undecided(blocks.get(0).source().node().typeSpan(), "whether " + name + " is in a VPC",
                        blocks.get(0).undecided().get().unknownReasons());
            }
        }
    }
}
