package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

import java.util.List;

/** An account-baseline root module without an IAM Access Analyzer. */
public final class AccessAnalyzerMissing extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS324", "Account baseline without IAM Access Analyzer")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("A root module that declares account-level baseline resources (a CloudTrail trail, "
                    + "GuardDuty, a Config recorder, Security Hub, an AWS Organization) but no "
                    + "`aws_accessanalyzer_analyzer`. Other roots are never judged. Opt-in because analyzers are "
                    + "often created per organisation by a delegated administrator.")
            .rationale("Access Analyzer reports buckets, keys, roles, queues and secrets shared outside the "
                    + "account or organisation; without an analyzer an accidental cross-account or public grant is "
                    + "found only by luck.")
            .remediation("Add `resource \"aws_accessanalyzer_analyzer\" \"main\" { analyzer_name = \"account\" }` "
                    + "(type `ORGANIZATION` in the management or delegated administrator account).")
            .reference("https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html")
            .compliance("NIST-800-53:AC-6").compliance("CIS-AWS-3.0:1.20")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .equivalent("trivy", "AVD-AWS-0175")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        BaselineServiceMissing.check(module, reporter, List.of("aws_accessanalyzer_analyzer"),
                "this account baseline has no IAM Access Analyzer; add an aws_accessanalyzer_analyzer");
    }
}
