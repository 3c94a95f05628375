package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.ActionPattern;
import dev.opsmith.rules.terraform.support.PolicyDocument;
import dev.opsmith.rules.terraform.support.PolicyStatement;
import dev.opsmith.rules.terraform.support.PolicyString;
import dev.opsmith.rules.terraform.support.Tri;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** An identity policy allowing every action of one service ({@code s3:*}, {@code iam:*}). */
public final class IamPolicyServiceWildcardAction extends TerraformRule {
    static final String HIGH_SERVICES = "highServices";
    private static final List<String> DEFAULT_HIGH = List.of("iam", "sts", "kms", "organizations");

    static final RuleMeta META = RuleMeta.builder("AWS052", "Policy allows all actions of a service")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `Allow` statement of an identity policy (`aws_iam_policy`, `aws_iam_role_policy`, "
                    + "`aws_iam_user_policy`, `aws_iam_group_policy`, a role's `inline_policy`, or a `data "
                    + "\"aws_iam_policy_document\"` without principals) with an action of the form `service:*`. "
                    + "Partial wildcards such as `s3:Get*` are not reported. The finding is high instead of medium "
                    + "for the services in the setting `highServices` (default `iam`, `sts`, `kms`, "
                    + "`organizations`), whose full action set controls identities, keys or the organisation. When "
                    + "the effect or actions are unknown, nothing is reported; --show-unknown names the unknown "
                    + "input.")
            .rationale("`service:*` grants every action the service has and will have, including the "
                    + "destructive and permission-changing ones: `s3:*` includes `s3:PutBucketPolicy` and "
                    + "`s3:DeleteBucket`, `iam:*` lets the holder make itself an administrator.")
            .remediation("List the actions the workload calls (`s3:GetObject`, `s3:PutObject`), or use a partial "
                    + "wildcard limited to reads (`s3:Get*`, `s3:List*`).")
            .reference("https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html")
            .compliance("NIST-800-53:AC-6").compliance("PCI-DSS-4.0:7.2.1").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.2").compliance("SOC2:CC6.3").compliance("DORA:Art.9(4)(c)")
            .compliance("DORA:Art.9(4)(d)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        Set<String> high = highServices(reporter);
        IamPolicyScan.forEach(module, reporter, IamPolicyScan.IDENTITY, IamPolicyScan.DataShape.IDENTITY,
                "whether the policy allows all actions of a service", doc -> judge(doc, reporter, high));
    }

    private static void judge(PolicyDocument doc, Reporter reporter, Set<String> high) {
        boolean found = false;
        for (PolicyStatement s : doc.statements()) {
            Tri wildcard = s.isAllow().and(s.actions().strings().any(ActionPattern::isServiceWildcard));
            found |= wildcard.isYes();
            if (!reporter.inThisFile(s.file())) continue;
            if (wildcard.isUnknown()) {
                reporter.undecided(s.span(), "whether " + doc.name() + " allows all actions of a service",
                        wildcard.unknownReasons());
            }
            if (!wildcard.isYes()) continue;
            for (PolicyString action : s.actions().serviceWildcards()) {
                String pattern = action.text().orElseThrow();
                String service = ActionPattern.service(pattern);
                reporter.report(action.span(), doc.name() + " allows every " + service + " action (\"" + pattern
                                + "\"); list the " + service + " actions it needs")
                        .ifPresent(r -> {
                            if (high.contains(service)) r.severity(Severity.HIGH);
                        });
            }
        }
        if (!found) {
            IamPolicyScan.undecidedRest(reporter, doc, "whether " + doc.name() + " allows all actions of a service");
        }
    }

    private static Set<String> highServices(Reporter reporter) {
        List<String> configured = reporter.setting(HIGH_SERVICES);
        Set<String> out = new LinkedHashSet<>();
        for (String s : configured.isEmpty() ? DEFAULT_HIGH : configured) out.add(s.strip().toLowerCase(Locale.ROOT));
        return out;
    }
}
