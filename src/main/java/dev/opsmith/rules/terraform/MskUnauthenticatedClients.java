package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** An MSK cluster that lets clients connect without proving who they are. */
public final class MskUnauthenticatedClients extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS304", "Kafka cluster accepts unauthenticated clients")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_msk_cluster` without a `client_authentication` block (clients then connect "
                    + "anonymously), or whose `client_authentication.unauthenticated` is true. IAM or SCRAM "
                    + "(`sasl`) and mutual TLS (`tls`) are accepted. When the value is unknown, nothing is "
                    + "reported; --show-unknown names the unknown input.")
            .rationale("An anonymous Kafka client can be authorised only by network position: any workload in "
                    + "the VPC can then read payment events or publish forged ones, and broker logs cannot say "
                    + "who did.")
            .remediation("Add `client_authentication { sasl { iam = true } }` (or SCRAM secrets, or mutual TLS "
                    + "with a private CA) and remove `unauthenticated = true` once every client authenticates.")
            .reference("https://docs.aws.amazon.com/msk/latest/developerguide/kafka_apis_iam.html")
            .compliance("NIST-800-53:IA-2").compliance("NIST-800-53:AC-3").compliance("SOC2:CC6.1")
            .compliance("DORA:Art.9(4)(d)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance cluster : reporter.resources(module, "aws_msk_cluster")) {
            String name = cluster.block().address();
            NestedBlock.Result auth = NestedBlock.find(cluster, "client_authentication");
            switch (auth.state()) {
                case MISSING -> reporter.report(cluster.block().header(), name + " has no client_authentication, "
                        + "so clients connect anonymously; require IAM, SCRAM or mutual TLS");
                case UNDECIDED -> reporter.undecided(auth.nearest(), "whether " + name
                        + " authenticates its clients", auth.unknownReasons());
                case FOUND -> {
                    if (!reporter.inThisFile(auth.block().get().source().file())) continue;
                    ExpectedFlag.check(reporter, auth.nearest(), auth.block().get().attribute("unauthenticated"),
                            false, false, "",
                            name + " sets unauthenticated = true: clients may connect anonymously; require IAM, "
                                    + "SCRAM or mutual TLS and set it to false",
                            "whether " + name + " accepts unauthenticated clients");
                }
            }
        }
    }
}
