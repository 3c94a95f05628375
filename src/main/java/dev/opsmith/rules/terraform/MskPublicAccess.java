package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.Optional;

/** An MSK cluster whose brokers have public IP addresses. */
public final class MskPublicAccess extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS303", "Kafka brokers reachable from the internet")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_msk_cluster` whose `broker_node_group_info.connectivity_info.public_access.type` "
                    + "is `SERVICE_PROVIDED_EIPS`: every broker gets an Elastic IP reachable from the internet. "
                    + "Absent, the type is `DISABLED`. When the value is unknown, nothing is reported; "
                    + "--show-unknown names the unknown input.")
            .rationale("Public brokers expose the Kafka protocol to the whole internet; only the authentication "
                    + "and the security groups stand between attackers and the topics (PCI DSS 1.4.1). Partners and "
                    + "other accounts can reach a private cluster through multi-VPC connectivity instead.")
            .remediation("Set `public_access { type = \"DISABLED\" }` and connect outside consumers through "
                    + "PrivateLink (`aws_msk_vpc_connection`) or a VPN.")
            .reference("https://docs.aws.amazon.com/msk/latest/developerguide/public-access.html")
            .compliance("PCI-DSS-4.0:1.4.1").compliance("NIST-800-53:SC-7").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_291")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance cluster : reporter.resources(module, "aws_msk_cluster")) {
            String name = cluster.block().address();
            String question = "whether " + name + " has public brokers";
            NestedBlock.Result access = NestedBlock.find(cluster, "broker_node_group_info", "connectivity_info",
                    "public_access");
            if (access.state() == NestedBlock.State.UNDECIDED) {
                reporter.undecided(access.nearest(), question, access.unknownReasons());
            }
            if (!access.found()) continue;
            Optional<EvaluatedAttribute> type = access.block().get().attribute("type");
            if (type.isEmpty() || !reporter.inThisFile(type.get())) continue;
            Value v = type.get().value();
            if (v.string().map("SERVICE_PROVIDED_EIPS"::equals).orElse(false)) {
                reporter.report(type.get().source().node().span(), name + " gives its brokers public IP addresses; "
                        + "set public_access.type = \"DISABLED\" and connect outside clients privately");
            } else if (!v.isKnown()) {
                reporter.undecided(type.get().source().node().span(), question, v.unknownReasons());
            }
        }
    }
}
