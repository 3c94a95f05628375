package dev.opsmith.rules.terraform;

import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * Which ElastiCache resources of the scanned file run Redis or Valkey: replication groups (whose {@code engine}
 * defaults to {@code redis}) and stand-alone {@code aws_elasticache_cluster}s. A cluster that joins a replication
 * group ({@code replication_group_id} set) takes its engine, encryption and snapshots from the group and is left
 * to the group's findings.
 */
final class ElastiCacheEngines {

    /** The resources to judge, and those whose engine is unknown (to be left undecided). */
    record Selection(List<ResourceInstance> redisLike, List<ResourceInstance> unknownEngine) {
    }

    private ElastiCacheEngines() {
    }

    /** Replication groups and stand-alone clusters whose engine is Redis or Valkey. */
    static Selection redisLike(TerraformRule.Reporter reporter,
                               dev.opsmith.format.terraform.eval.EvaluatedModule module, boolean withClusters) {
        List<ResourceInstance> yes = new ArrayList<>();
        List<ResourceInstance> unknown = new ArrayList<>();
        for (ResourceInstance group : reporter.resources(module, "aws_elasticache_replication_group")) {
            classify(group, "redis", yes, unknown);
        }
        if (withClusters) {
            for (ResourceInstance cluster : standAloneClusters(reporter, module)) {
                classify(cluster, "", yes, unknown);
            }
        }
        return new Selection(List.copyOf(yes), List.copyOf(unknown));
    }

    /** The {@code aws_elasticache_cluster}s of the scanned file that do not join a replication group. */
    static List<ResourceInstance> standAloneClusters(TerraformRule.Reporter reporter,
                                                     dev.opsmith.format.terraform.eval.EvaluatedModule module) {
        return reporter.resources(module, "aws_elasticache_cluster").stream().filter(c -> {
            Value group = c.value("replication_group_id");
            return group.isAbsent() || group.isNull();
        }).toList();
    }

    private static void classify(ResourceInstance r, String defaultEngine, List<ResourceInstance> yes,
                                 List<ResourceInstance> unknown) {
        Value engine = r.value("engine");
        if (engine.isAbsent() || engine.isNull()) {
            if (!defaultEngine.isEmpty()) yes.add(r);
        } else if (!engine.isKnown()) {
            unknown.add(r);
        } else if (engine.string().map(e -> e.equalsIgnoreCase("redis") || e.equalsIgnoreCase("valkey"))
                .orElse(false)) {
            yes.add(r);
        }
    }
}
