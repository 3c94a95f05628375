package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.Set;

/**
 * In a module that runs EKS clusters, a GuardDuty detector feature for Kubernetes audit logs or runtime monitoring
 * explicitly disabled.
 */
public final class GuardDutyRuntimeFeatureDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS318", "GuardDuty EKS or runtime protection off where EKS is used")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_guardduty_detector_feature` named `EKS_AUDIT_LOGS`, `RUNTIME_MONITORING` or "
                    + "`EKS_RUNTIME_MONITORING` with `status = \"DISABLED\"`, in a module that also declares an "
                    + "`aws_eks_cluster`. Modules without clusters are not judged: the features cost money and "
                    + "protect nothing there. Unknown values are left undecided.")
            .rationale("Kubernetes audit log analysis and runtime monitoring detect anonymous API access, "
                    + "privileged pods, container escapes and reverse shells; with EKS in the account these are "
                    + "the signals that reveal a compromised workload.")
            .remediation("Set `status = \"ENABLED\"` on the feature (and, for runtime monitoring, enable the EKS "
                    + "add-on management `additional_configuration`).")
            .reference("https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html")
            .reference("https://docs.aws.amazon.com/guardduty/latest/ug/kubernetes-protection.html")
            .compliance("NIST-800-53:SI-4")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .build();

    private static final Set<String> FEATURES = Set.of("EKS_AUDIT_LOGS", "RUNTIME_MONITORING",
            "EKS_RUNTIME_MONITORING");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        if (module.module().resources("aws_eks_cluster").isEmpty()) return;
        for (ResourceInstance feature : reporter.resources(module, "aws_guardduty_detector_feature")) {
            var status = feature.attribute("status");
            if (status.isEmpty() || !reporter.inThisFile(status.get())) continue;
            String name = feature.block().address();
            Value featureName = feature.value("name");
            Value v = status.get().value();
            var at = status.get().source().node().span();
            if (!featureName.isKnown() && GuardDutyS3ProtectionDisabled.isDisabled(v)) {
                reporter.undecided(at, "whether " + name + " disables EKS protection", featureName.unknownReasons());
                continue;
            }
            String feat = featureName.string().orElse("");
            if (!FEATURES.contains(feat)) continue;
            if (!v.isKnown()) {
                reporter.undecided(at, "whether " + name + " disables " + feat, v.unknownReasons());
            } else if (GuardDutyS3ProtectionDisabled.isDisabled(v)) {
                reporter.report(at, name + " disables GuardDuty " + feat + " although this module runs EKS "
                        + "clusters; set status = \"ENABLED\"");
            }
        }
    }
}
