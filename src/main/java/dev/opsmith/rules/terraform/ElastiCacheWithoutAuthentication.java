package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.List;

/** A Redis or Valkey replication group that any client on its network can use without credentials. */
public final class ElastiCacheWithoutAuthentication extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS282", "Redis or Valkey cache accepts unauthenticated clients")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_elasticache_replication_group` running Redis (the default engine) or Valkey "
                    + "that sets neither `auth_token` (Redis AUTH) nor `user_group_ids` (role-based access "
                    + "control). Memcached groups are not read. When the engine or either setting is unknown and "
                    + "the other is not set, nothing is reported; --show-unknown names the unknown inputs.")
            .rationale("Without AUTH or RBAC, anything that can reach the port can read every key and run "
                    + "commands such as FLUSHALL or CONFIG; security groups alone then stand between a compromised "
                    + "workload and the cached data (PCI DSS 8.2.2).")
            .remediation("Prefer `user_group_ids = [aws_elasticache_user_group.app.user_group_id]` with one user "
                    + "per application, or set `auth_token` from a secret (it requires "
                    + "`transit_encryption_enabled = true`).")
            .reference("https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html")
            .compliance("PCI-DSS-4.0:8.2.2").compliance("NIST-800-53:IA-2").compliance("NIST-800-53:AC-3")
            .compliance("SOC2:CC6.1").compliance("DORA:Art.9(4)(d)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        ElastiCacheEngines.Selection groups = ElastiCacheEngines.redisLike(reporter, module, false);
        for (ResourceInstance group : groups.unknownEngine()) {
            if (isSet(group.value("auth_token")) || isSet(group.value("user_group_ids"))) continue;
            reporter.undecided(group.block().header(), "whether " + group.block().address()
                    + " runs Redis or Valkey without authentication", group.value("engine").unknownReasons());
        }
        for (ResourceInstance group : groups.redisLike()) {
            Value token = group.value("auth_token");
            Value users = group.value("user_group_ids");
            if (isSet(token) || isSet(users)) continue;
            List<String> unknown = new ArrayList<>(token.unknownReasons());
            unknown.addAll(users.unknownReasons());
            String name = group.block().address();
            if (!unknown.isEmpty()) {
                reporter.undecided(group.block().header(), "whether " + name + " requires authentication", unknown);
            } else {
                reporter.report(group.block().header(), name + " sets neither auth_token nor user_group_ids, so "
                        + "any client that reaches it can read and change every key; attach an RBAC user group "
                        + "or set an auth token");
            }
        }
    }

    /** Known and not empty: a token string or a non-empty list of user groups. */
    private static boolean isSet(Value v) {
        if (!v.isKnown() || v.isNull()) return false;
        if (v.string().isPresent()) return !v.string().get().isEmpty();
        return !v.isList() || !v.items().isEmpty();
    }
}
