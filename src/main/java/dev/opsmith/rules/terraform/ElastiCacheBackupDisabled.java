package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.util.Optional;

/** A Redis or Valkey cache that keeps no automatic snapshots. */
public final class ElastiCacheBackupDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS283", "Redis cache without automatic snapshots")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_elasticache_replication_group` running Redis or Valkey, or a stand-alone "
                    + "`aws_elasticache_cluster` running one of them, whose `snapshot_retention_limit` is absent "
                    + "(the default, 0, turns automatic snapshots off) or 0. Memcached keeps no snapshots and is "
                    + "not read. When the value or the engine is unknown, nothing is reported; --show-unknown names "
                    + "the unknown input.")
            .rationale("Redis is often used as a primary store for sessions, idempotency keys or rate-limit state. "
                    + "Without snapshots, a failed node, a bad deployment or a FLUSHALL loses that state with no "
                    + "point to restore from.")
            .remediation("Set `snapshot_retention_limit` to the number of days to keep (for example 7) and a "
                    + "`snapshot_window` outside peak hours.")
            .reference("https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html")
            .compliance("NIST-800-53:CP-9").compliance("SOC2:A1.2").compliance("SOC2:A1.3")
            .compliance("DORA:Art.11").compliance("DORA:Art.12(1)")
            .equivalent("checkov", "CKV_AWS_134").equivalent("trivy", "AVD-AWS-0050")
            .equivalent("tfsec", "aws-elasticache-enable-backup-retention")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        ElastiCacheEngines.Selection caches = ElastiCacheEngines.redisLike(reporter, module, true);
        for (ResourceInstance cache : caches.unknownEngine()) {
            if (keepsSnapshots(cache)) continue;
            reporter.undecided(cache.block().header(), "whether " + cache.block().address()
                    + " needs snapshots (its engine is unknown)", cache.value("engine").unknownReasons());
        }
        for (ResourceInstance cache : caches.redisLike()) {
            String name = cache.block().address();
            Optional<EvaluatedAttribute> limit = cache.attribute("snapshot_retention_limit");
            if (limit.isEmpty() || limit.get().value().isNull()) {
                reporter.report(cache.block().header(), name + " does not set snapshot_retention_limit, so it "
                        + "keeps no automatic snapshots; set it to the days to keep (for example 7)");
                continue;
            }
            if (!reporter.inThisFile(limit.get())) continue;
            Value v = limit.get().value();
            Optional<BigDecimal> days = v.asNumber();
            if (days.isPresent()) {
                if (days.get().signum() <= 0) {
                    reporter.report(limit.get().source().node().span(), name + " sets snapshot_retention_limit = "
                            + "0: it keeps no automatic snapshots; set it to the days to keep (for example 7)");
                }
            } else if (!v.isKnown()) {
                reporter.undecided(limit.get().source().node().span(), "whether " + name
                        + " keeps automatic snapshots", v.unknownReasons());
            }
        }
    }

    private static boolean keepsSnapshots(ResourceInstance cache) {
        return cache.value("snapshot_retention_limit").asNumber().map(d -> d.signum() > 0).orElse(false);
    }

}
