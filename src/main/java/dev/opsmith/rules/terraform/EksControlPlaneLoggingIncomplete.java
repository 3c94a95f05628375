package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An EKS cluster that does not send every control-plane log type to CloudWatch Logs. */
public final class EksControlPlaneLoggingIncomplete extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS162", "Control-plane log types not all enabled")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_eks_cluster` whose `enabled_cluster_log_types` is absent (no control-plane "
                    + "logging) or lacks any of `api`, `audit`, `authenticator`, `controllerManager` and "
                    + "`scheduler`; the finding names the missing types. When the list or one of its items is "
                    + "unknown and could supply a missing type, nothing is reported; --show-unknown names the "
                    + "unknown inputs.")
            .rationale("The audit and authenticator logs are the only record of who did what through the "
                    + "Kubernetes API, including reading secrets and changing role bindings; the API, controller "
                    + "manager and scheduler logs explain outages. None of them can be collected after the fact "
                    + "(PCI DSS 10.2.1).")
            .remediation("Set `enabled_cluster_log_types = [\"api\", \"audit\", \"authenticator\", "
                    + "\"controllerManager\", \"scheduler\"]` and give the `/aws/eks/<name>/cluster` log group a "
                    + "retention period.")
            .reference("https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html")
            .compliance("PCI-DSS-4.0:10.2.1").compliance("NIST-800-53:AU-2").compliance("NIST-800-53:AU-12")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .equivalent("checkov", "CKV_AWS_37")
            .equivalent("trivy", "AVD-AWS-0038").equivalent("tfsec", "aws-eks-enable-control-plane-logging")
            .build();

    /** Every control-plane log type EKS can export, in the order AWS documents them. */
    static final List<String> LOG_TYPES = List.of("api", "audit", "authenticator", "controllerManager", "scheduler");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance cluster : reporter.resources(module, "aws_eks_cluster")) {
            String name = cluster.block().address();
            var attribute = cluster.attribute("enabled_cluster_log_types");
            if (attribute.isEmpty()) {
                reporter.report(cluster.block().header(), name + " does not set enabled_cluster_log_types, so no "
                        + "control-plane logs are kept; enable " + String.join(", ", LOG_TYPES));
                continue;
            }
            if (!reporter.inThisFile(attribute.get())) continue;
            Value v = attribute.get().value();
            var span = attribute.get().source().node().span();
            if (!v.isKnown()) {
                reporter.undecided(span, "whether " + name + " logs every control-plane type", v.unknownReasons());
                continue;
            }
            Set<String> enabled = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            for (Value item : v.isNull() ? List.<Value>of() : v.items()) {
                if (item.isKnown()) item.string().ifPresent(enabled::add);
                else unknown.addAll(item.unknownReasons());
            }
            List<String> missing = LOG_TYPES.stream().filter(t -> !enabled.contains(t)).toList();
            if (missing.isEmpty()) continue;
            if (!unknown.isEmpty()) {
                reporter.undecided(span, "whether " + name + " logs every control-plane type", unknown);
                continue;
            }
            boolean several = missing.size() > 1;
            reporter.report(span, name + " does not enable the control-plane log type" + (several ? "s " : " ")
                    + String.join(", ", missing) + "; add " + (several ? "them" : "it")
                    + " to enabled_cluster_log_types");
        }
    }
}
