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

import java.util.Optional;

/** An MSK cluster that lets clients or brokers exchange Kafka traffic without TLS. */
public final class MskPlaintextTraffic extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS300", "Kafka traffic not limited to TLS")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_msk_cluster` whose `encryption_info.encryption_in_transit.client_broker` is "
                    + "`PLAINTEXT` or `TLS_PLAINTEXT` (clients may connect without TLS), or whose `in_cluster` is "
                    + "false (brokers replicate in clear text). Absent values take MSK's defaults, `TLS` and true, "
                    + "and are compliant. When a value is unknown, nothing is reported; --show-unknown names the "
                    + "unknown input.")
            .rationale("Kafka topics in payment platforms carry transactions, account events and often personal "
                    + "data. A plaintext listener lets any host on the network read and inject messages (PCI DSS "
                    + "4.2.1).")
            .remediation("Set `client_broker = \"TLS\"` and leave `in_cluster` true; move clients to the TLS "
                    + "bootstrap brokers (port 9094 or 9096) before removing the plaintext listener.")
            .reference("https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html")
            .compliance("PCI-DSS-4.0:4.2.1").compliance("NIST-800-53:SC-8").compliance("SOC2:CC6.7")
            .compliance("DORA:Art.9(2)")
            .equivalent("trivy", "AVD-AWS-0073").equivalent("tfsec", "aws-msk-enable-in-transit-encryption")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance cluster : reporter.resources(module, "aws_msk_cluster")) {
            String name = cluster.block().address();
            NestedBlock.Result transit = NestedBlock.find(cluster, "encryption_info", "encryption_in_transit");
            if (transit.state() == NestedBlock.State.UNDECIDED) {
                reporter.undecided(transit.nearest(), "whether " + name + " allows plaintext Kafka traffic",
                        transit.unknownReasons());
            }
            if (!transit.found()) continue;
            EvaluatedBlock block = transit.block().get();
            Optional<EvaluatedAttribute> clientBroker = block.attribute("client_broker");
            if (clientBroker.isPresent() && reporter.inThisFile(clientBroker.get())) {
                Value v = clientBroker.get().value();
                Optional<String> mode = v.string();
                if (mode.isPresent() && (mode.get().equals("PLAINTEXT") || mode.get().equals("TLS_PLAINTEXT"))) {
                    reporter.report(clientBroker.get().source().node().span(), name + " sets client_broker = \""
                            + mode.get() + "\": clients may connect without TLS; set it to \"TLS\"");
                } else if (!v.isKnown()) {
                    reporter.undecided(clientBroker.get().source().node().span(), "whether " + name
                            + " accepts plaintext clients", v.unknownReasons());
                }
            }
            ExpectedFlag.check(reporter, transit.nearest(), block.attribute("in_cluster"), true, true,
                    "", name + " sets in_cluster = false: brokers replicate data in clear text; set it to true",
                    "whether " + name + " encrypts traffic between brokers");
        }
    }
}
