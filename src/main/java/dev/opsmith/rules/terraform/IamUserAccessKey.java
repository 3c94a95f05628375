package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A long-lived access key created for an IAM user. */
public final class IamUserAccessKey extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS063", "Long-lived access key created for a user")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_iam_access_key` whose `status` is absent (the default is `Active`) or `Active`. "
                    + "The message says so when one user gets two active keys. Inactive keys are not reported. When "
                    + "the status is unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("An access key does not expire: it works from anywhere until someone deletes it, and keys "
                    + "end up in CI variables, laptops and logs. Roles (for workloads, through instance profiles, "
                    + "IRSA or OIDC federation) and SSO (for people) give short-lived credentials instead; PCI DSS "
                    + "8.6.3 asks that system credentials be protected and changed.")
            .remediation("Replace the key with a role the workload assumes (an instance profile, EKS IRSA or Pod "
                    + "Identity, GitHub OIDC), or with IAM Identity Center for people. If a key is unavoidable, "
                    + "rotate it and restrict it with a source-IP condition.")
            .reference("https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html")
            .compliance("NIST-800-53:IA-2").compliance("NIST-800-53:IA-5").compliance("PCI-DSS-4.0:8.3.9")
            .compliance("PCI-DSS-4.0:8.6.3").compliance("SOC2:CC6.1").compliance("DORA:Art.9(4)(d)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        Map<String, Integer> activePerUser = new HashMap<>();
        List<ResourceInstance> active = new ArrayList<>();
        for (ResourceInstance key : module.resources("aws_iam_access_key")) {
            if (isActive(key).orElse(false)) {
                active.add(key);
                user(key).ifPresent(u -> activePerUser.merge(u, 1, Integer::sum));
            }
        }
        for (ResourceInstance key : reporter.resources(module, "aws_iam_access_key")) {
            String name = key.block().address();
            Optional<Boolean> on = isActive(key);
            if (on.isEmpty()) {
                Value status = key.value("status");
                key.attribute("status").filter(reporter::inThisFile).ifPresent(a -> reporter.undecided(
                        a.source().node().value().span(), "whether " + name + " is active", status.unknownReasons()));
                continue;
            }
            if (!on.get()) continue;
            boolean second = user(key).map(u -> activePerUser.getOrDefault(u, 0) > 1).orElse(false);
            reporter.report(key.block().header(), name + " creates a long-lived access key"
                    + (second ? " (a second active key for the same user)" : "")
                    + "; let the workload assume a role instead");
        }
    }

    /** Whether the key is active: status absent, null or "Active"; empty when unknown. */
    private static Optional<Boolean> isActive(ResourceInstance key) {
        Value status = key.value("status");
        if (status.isAbsent() || status.isNull()) return Optional.of(true);
        if (status.string().isPresent()) return Optional.of(status.string().get().equalsIgnoreCase("Active"));
        return Optional.empty();
    }

    /** The user a key is for, as known text or as the reference that names it. */
    private static Optional<String> user(ResourceInstance key) {
        Value user = key.value("user");
        if (user.string().isPresent()) return user.string();
        List<String> reasons = user.unknownReasons();
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("|", reasons));
    }
}
