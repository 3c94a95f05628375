package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A launch template or configuration whose metadata responses travel more than one network hop. */
public final class Ec2ImdsHopLimitAboveOne extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS124", "Metadata response hop limit above 1")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("`metadata_options.http_put_response_hop_limit` greater than 1 on an `aws_launch_template` "
                    + "or `aws_launch_configuration`. Opt-in: EKS nodes whose pods must reach the metadata service "
                    + "need 2. When the value is unknown, nothing is reported (--show-unknown names the unknown "
                    + "input).")
            .rationale("With a hop limit of 1, the IMDSv2 token cannot leave the host's own network stack, so "
                    + "containers and forwarded traffic cannot fetch the instance role's credentials; a higher limit "
                    + "lets any container on the host act as the instance.")
            .remediation("Set `http_put_response_hop_limit = 1` and give pods their own credentials (IRSA or EKS Pod "
                    + "Identity) instead of the node role.")
            .reference("https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html")
            .compliance("NIST-800-53:AC-3").compliance("SOC2:CC6.1").compliance("SOC2:CC6.6")
            .compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_341")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (String type : List.of("aws_launch_template", "aws_launch_configuration")) {
            for (ResourceInstance r : reporter.resources(module, type)) {
                for (EvaluatedBlock options : r.blocks("metadata_options")) {
                    Optional<EvaluatedAttribute> limit = options.attribute("http_put_response_hop_limit");
                    if (limit.isEmpty() || !reporter.inThisFile(limit.get())) continue;
                    Value v = limit.get().value();
                    var at = limit.get().source().node().span();
                    if (!v.isKnown()) {
                        reporter.undecided(at, "whether " + r.address() + " keeps the metadata hop limit at 1",
                                v.unknownReasons());
                        continue;
                    }
                    Optional<BigDecimal> n = v.number();
                    if (n.isPresent() && n.get().compareTo(BigDecimal.ONE) > 0) {
                        reporter.report(at, r.address() + " sets http_put_response_hop_limit = "
                                + n.get().toPlainString() + ", so containers on its instances can fetch the "
                                + "instance role's credentials; set it to 1");
                    }
                }
            }
        }
    }
}
