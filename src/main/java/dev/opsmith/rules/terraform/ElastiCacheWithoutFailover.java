package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A replication group that cannot fail over on its own: a single node per shard, or failover turned off. */
public final class ElastiCacheWithoutFailover extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS285", "Replication group without automatic failover")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_elasticache_replication_group` with a single node per shard (`num_cache_clusters` "
                    + "or the v3 `number_cache_clusters` absent or 1, and no `replicas_per_node_group` above 0, "
                    + "written directly or in the v3 `cluster_mode` block), or with replicas but "
                    + "`automatic_failover_enabled` absent (default false) or false, or with failover on and "
                    + "`multi_az_enabled = false`. When a count or flag is unknown, nothing is reported; "
                    + "--show-unknown names the unknown input.")
            .rationale("When the primary node fails without a replica to promote automatically, writes stop until "
                    + "someone intervenes and the node is replaced, and its data may be gone. Replicas in another "
                    + "Availability Zone with automatic failover keep the cache available through a node or zone "
                    + "outage (DORA Art. 11).")
            .remediation("Use at least two nodes per shard (`num_cache_clusters = 2` or `replicas_per_node_group = "
                    + "1`) with `automatic_failover_enabled = true` and `multi_az_enabled = true`.")
            .reference("https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html")
            .compliance("NIST-800-53:CP-10").compliance("SOC2:A1.2").compliance("SOC2:A1.3")
            .compliance("DORA:Art.11").compliance("DORA:Art.12(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance group : reporter.resources(module, "aws_elasticache_replication_group")) {
            String name = group.block().address();
            Optional<EvaluatedAttribute> count = first(group, "num_cache_clusters", "number_cache_clusters");
            Optional<EvaluatedAttribute> replicas = group.attribute("replicas_per_node_group");
            List<EvaluatedBlock> clusterMode = group.blocks("cluster_mode");
            if (replicas.isEmpty() && !clusterMode.isEmpty() && clusterMode.get(0).undecided().isEmpty()) {
                replicas = clusterMode.get(0).attribute("replicas_per_node_group");
            }
            Optional<EvaluatedAttribute> sizing = count.isPresent() ? count : replicas;
            long nodes = 1;
            if (sizing.isPresent() && !sizing.get().value().isNull()) {
                Value v = sizing.get().value();
                Optional<BigDecimal> n = v.number();
                if (n.isEmpty()) {
                    if (!v.isKnown() && reporter.inThisFile(sizing.get())) {
                        reporter.undecided(sizing.get().source().node().span(), "whether " + name
                                + " has a replica to fail over to", v.unknownReasons());
                    }
                    continue;
                }
                nodes = count.isPresent() ? n.get().longValue() : n.get().longValue() + 1;
            }
            if (nodes <= 1) {
                Span at = sizing.filter(reporter::inThisFile).map(a -> a.source().node().span())
                        .orElse(group.block().header());
                reporter.report(at, name + " has a single node per shard, so there is no replica to fail over to; "
                        + "add a replica and enable automatic_failover_enabled and multi_az_enabled");
                continue;
            }
            Optional<EvaluatedAttribute> failover = group.attribute("automatic_failover_enabled");
            ExpectedFlag.check(reporter, group.block().header(), failover, true, false,
                    name + " does not set automatic_failover_enabled, so a failed primary is not replaced by a "
                            + "replica; set automatic_failover_enabled = true",
                    name + " sets automatic_failover_enabled = false: a failed primary is not replaced by a "
                            + "replica; set it to true",
                    "whether " + name + " fails over automatically");
            Optional<EvaluatedAttribute> multiAz = group.attribute("multi_az_enabled");
            if (failover.isPresent() && failover.get().value().isTrue() && multiAz.isPresent()
                    && multiAz.get().value().isFalse() && reporter.inThisFile(multiAz.get())) {
                reporter.report(multiAz.get().source().node().span(), name + " sets multi_az_enabled = false: "
                        + "its replicas may share the primary's Availability Zone; set it to true");
            }
        }
    }

    private static Optional<EvaluatedAttribute> first(ResourceInstance r, String... names) {
        for (String n : names) {
            Optional<EvaluatedAttribute> a = r.attribute(n);
            if (a.isPresent()) return a;
        }
        return Optional.empty();
    }
}
