package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.References;

import java.util.ArrayList;
import java.util.List;

/** An Aurora cluster with a single instance: no reader to fail over to when the writer's zone fails. */
public final class AuroraClusterSingleInstance extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS177", "Aurora cluster has a single instance")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_rds_cluster` with an Aurora `engine` (`aurora`, `aurora-mysql`, "
                    + "`aurora-postgresql`; absent means `aurora`) that exactly one `aws_rds_cluster_instance` of the "
                    + "module joins through `cluster_identifier` (instances of a counted block are counted one by "
                    + "one). Serverless v1 clusters (`engine_mode = \"serverless\"`) have no instances and are "
                    + "skipped; Serverless v2 clusters are judged like provisioned ones. A cluster with no instance "
                    + "in the module is not judged (they may be declared elsewhere). An unknown engine, member "
                    + "reference or instance count is left undecided.")
            .rationale("Aurora storage spans three zones, but compute does not: with one instance, a zone outage, "
                    + "a host failure or maintenance leaves the cluster without a writer until a new instance is "
                    + "created, typically ten minutes or more of payment downtime instead of a failover in seconds.")
            .remediation("Add a second `aws_rds_cluster_instance` (e.g. `count = 2`) in another availability zone, "
                    + "as a failover target with promotion tier 0 or 1.")
            .reference("https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html")
            .compliance("NIST-800-53:CP-10")
            .compliance("SOC2:A1.2").compliance("SOC2:A1.3").compliance("DORA:Art.11").compliance("DORA:Art.12(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance cluster : reporter.resources(module, "aws_rds_cluster")) {
            String name = cluster.block().address();
            String question = "how many instances " + name + " has";
            Value engine = cluster.value("engine");
            Value mode = cluster.value("engine_mode");
            List<String> unknown = new ArrayList<>();
            if (!engine.isKnown() && !engine.isAbsent()) unknown.addAll(engine.unknownReasons());
            if (!mode.isKnown() && !mode.isAbsent()) unknown.addAll(mode.unknownReasons());
            if (!unknown.isEmpty()) {
                reporter.undecided(cluster.block().header(), question, unknown);
                continue;
            }
            if (!engine.string().orElse("aurora").startsWith("aurora")) continue;
            if (mode.string().map("serverless"::equals).orElse(false)) continue;
            var members = References.referrers(module, cluster, "aws_rds_cluster_instance", "cluster_identifier",
                    "cluster_identifier");
            boolean countUnknown = members.resources().stream().anyMatch(i -> i.address().endsWith("[*]"));
            if (!members.unknownReasons().isEmpty() || countUnknown) {
                List<String> reasons = new ArrayList<>(members.unknownReasons());
                if (countUnknown) reasons.add("the count or for_each of a member instance block is unknown");
                if (members.resources().size() <= 1) reporter.undecided(cluster.block().header(), question, reasons);
                continue;
            }
            if (members.resources().size() == 1) {
                reporter.report(cluster.block().header(), name + " has a single instance ("
                        + members.resources().get(0).address() + "), so a zone or host failure leaves it without "
                        + "a writer; add a second instance in another availability zone");
            }
        }
    }
}
