package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EKS cluster pinned to a Kubernetes version that has left standard support. The table is versioned with opsmith
 * (not read from the clock, so a scan gives the same answer tomorrow): EKS gives each version 14 months of standard
 * support, e.g. 1.31 until 2025-11-26, 1.32 until 2026-03-23, 1.33 until 2026-07-29, 1.34 until 2026-12-02.
 */
public final class EksUnsupportedVersion extends TerraformRule {
    /** The date of the table below. */
    static final String AS_OF = "2026-11-27";
    /** The oldest minor version still in standard support on {@link #AS_OF}. */
    static final int OLDEST_STANDARD_MINOR = 34;

    private static final Pattern VERSION = Pattern.compile("^1\\.(\\d+)(\\.\\d+)?$");

    static final RuleMeta META = RuleMeta.builder("AWS165", "Cluster runs a Kubernetes version out of standard support")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_eks_cluster` whose `version` is older than the oldest Kubernetes version in EKS "
                    + "standard support at the date of opsmith's table (1." + OLDEST_STANDARD_MINOR + " on " + AS_OF
                    + "). An absent version (EKS picks its current default) and newer versions are accepted; an "
                    + "unknown value is left undecided.")
            .rationale("Out of standard support a cluster receives no upstream fixes unless the account pays for "
                    + "extended support (several times the cluster price), and once that ends EKS upgrades it "
                    + "automatically, on AWS's schedule rather than after the team's testing.")
            .remediation("Upgrade one minor version at a time (control plane, then node groups and add-ons) to a "
                    + "version in standard support, and plan upgrades on the EKS release calendar.")
            .reference("https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html")
            .compliance("NIST-800-53:SI-2").compliance("PCI-DSS-4.0:6.3.3")
            .compliance("SOC2:CC8.1").compliance("DORA:Art.9(4)(e)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance cluster : reporter.resources(module, "aws_eks_cluster")) {
            var attribute = cluster.attribute("version");
            if (attribute.isEmpty() || !reporter.inThisFile(attribute.get())) continue;
            Value v = attribute.get().value();
            if (v.isNull()) continue;
            String name = cluster.block().address();
            var at = attribute.get().source().node().span();
            if (!v.isKnown()) {
                reporter.undecided(at, "which Kubernetes version " + name + " runs", v.unknownReasons());
                continue;
            }
            Optional<Integer> minor = minor(v);
            if (minor.isPresent() && minor.get() < OLDEST_STANDARD_MINOR) {
                reporter.report(at, name + " runs Kubernetes 1." + minor.get() + ", out of EKS standard support "
                        + "(oldest supported on " + AS_OF + ": 1." + OLDEST_STANDARD_MINOR + "); upgrade the cluster");
            }
        }
    }

    private static Optional<Integer> minor(Value v) {
        String text = v.string().orElseGet(() -> v.number().map(n -> n.toPlainString()).orElse(""));
        Matcher m = VERSION.matcher(text.strip());
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
}
