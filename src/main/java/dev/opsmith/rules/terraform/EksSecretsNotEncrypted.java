package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.List;

/** An EKS cluster whose Kubernetes secrets sit in etcd without envelope encryption under a KMS key. */
public final class EksSecretsNotEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS163", "Kubernetes secrets not envelope-encrypted with KMS")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_eks_cluster` without an `encryption_config` block whose `resources` contains "
                    + "`secrets`. The block requires `provider.key_arn`, so its presence is enough. When a dynamic "
                    + "`encryption_config` or its `resources` is unknown, nothing is reported; --show-unknown names "
                    + "the unknown inputs.")
            .rationale("Kubernetes secrets hold database passwords, API keys and service-account tokens. Envelope "
                    + "encryption encrypts each secret with a data key protected by a customer KMS key, so a copy of "
                    + "etcd or a backup of it is useless without access to the key (PCI DSS 3.5.1).")
            .remediation("Add `encryption_config { resources = [\"secrets\"] provider { key_arn = "
                    + "aws_kms_key.eks.arn } }` to the cluster. It can be enabled on an existing cluster but not "
                    + "removed afterwards.")
            .reference("https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html")
            .compliance("PCI-DSS-4.0:3.5.1").compliance("NIST-800-53:SC-28").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .equivalent("checkov", "CKV_AWS_58", "CKV_AWS_151")
            .equivalent("trivy", "AVD-AWS-0039").equivalent("tfsec", "aws-eks-encrypt-secrets")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance cluster : reporter.resources(module, "aws_eks_cluster")) {
            String name = cluster.block().address();
            List<String> unknown = new ArrayList<>();
            boolean encrypted = false;
            for (EvaluatedBlock config : cluster.blocks("encryption_config")) {
                if (config.undecided().isPresent()) {
                    unknown.addAll(config.undecided().get().unknownReasons());
                    continue;
                }
                Value resources = config.attribute("resources").map(a -> a.value()).orElse(Value.absent("resources"));
                if (!resources.isKnown()) {
                    unknown.addAll(resources.unknownReasons());
                    continue;
                }
                for (Value item : resources.isNull() ? List.<Value>of() : resources.items()) {
                    if (!item.isKnown()) unknown.addAll(item.unknownReasons());
                    else if (item.string().map("secrets"::equals).orElse(false)) encrypted = true;
                }
            }
            if (encrypted) continue;
            if (!unknown.isEmpty()) {
                reporter.undecided(cluster.block().header(), "whether " + name + " encrypts Kubernetes secrets",
                        unknown);
            } else {
                reporter.report(cluster.block().header(), name + " has no encryption_config for \"secrets\", so "
                        + "Kubernetes secrets are not envelope-encrypted; add one with a customer KMS key");
            }
        }
    }
}
