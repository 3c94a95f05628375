package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.Link;
import dev.opsmith.rules.terraform.support.PolicyDocument;
import dev.opsmith.rules.terraform.support.PolicyDocuments;
import dev.opsmith.rules.terraform.support.PolicyRead;
import dev.opsmith.rules.terraform.support.PolicyStatement;
import dev.opsmith.rules.terraform.support.References;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** An IAM user holding administrator rights, through an AWS-managed admin policy or a policy granting `*` on `*`. */
public final class IamUserWithAdminPolicy extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS061", "IAM user holds administrator rights")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("A policy giving administrator rights attached directly to an IAM user: an "
                    + "`aws_iam_user_policy_attachment` (or an `aws_iam_policy_attachment` with `users`) of the "
                    + "AWS-managed `AdministratorAccess` or `IAMFullAccess` policy in any partition, or of an "
                    + "`aws_iam_policy` of the scan whose policy allows every action on every resource without a "
                    + "condition (as AWS050 judges it); or an `aws_iam_user_policy` whose inline policy does. When "
                    + "the attached policy cannot be resolved (an unknown ARN), nothing is reported; --show-unknown "
                    + "names the unknown input.")
            .rationale("An IAM user has long-lived credentials (a password, access keys); with administrator "
                    + "rights, one leaked key or phished password hands over the whole account, audit trail "
                    + "included. Administrators should use short-lived role sessions with MFA.")
            .remediation("Remove the attachment. Give administrators a role (or an IAM Identity Center permission "
                    + "set) that requires MFA, and keep users, if any, to narrow group policies.")
            .reference("https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-use-federation-idp")
            .compliance("NIST-800-53:AC-6").compliance("PCI-DSS-4.0:7.2.1").compliance("CIS-AWS-3.0:1.16")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.2").compliance("SOC2:CC6.3")
            .compliance("DORA:Art.9(4)(c)").compliance("DORA:Art.9(4)(d)")
            .build();

    private static final Pattern ADMIN_ARN =
            Pattern.compile("^arn:aws[a-z-]*:iam::aws:policy/(AdministratorAccess|IAMFullAccess)$");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance p : reporter.resources(module, "aws_iam_user_policy")) {
            Optional<EvaluatedAttribute> policy = p.attribute("policy");
            if (policy.isEmpty() || !reporter.inThisFile(policy.get())) continue;
            String name = p.block().address();
            PolicyRead read = PolicyDocuments.read(module, p, policy.get(), name + " policy");
            judgeDocument(reporter, read, policy.get().source().node().value().span(), name, "its inline policy");
        }
        for (ResourceInstance a : reporter.resources(module, "aws_iam_user_policy_attachment")) {
            judgeArn(module, reporter, a);
        }
        for (ResourceInstance a : reporter.resources(module, "aws_iam_policy_attachment")) {
            Value users = a.value("users");
            if (users.isList() && !users.items().isEmpty()) judgeArn(module, reporter, a);
        }
    }

    private static void judgeArn(EvaluatedModule module, Reporter reporter, ResourceInstance attachment) {
        Optional<EvaluatedAttribute> arn = attachment.attribute("policy_arn");
        if (arn.isEmpty() || !reporter.inThisFile(arn.get())) return;
        String name = attachment.block().address();
        Span at = arn.get().source().node().value().span();
        Value v = arn.get().value();
        Optional<String> text = v.string();
        if (text.isPresent() && ADMIN_ARN.matcher(text.get()).matches()) {
            reporter.report(at, name + " gives a user the AWS-managed " + text.get().substring(text.get()
                    .lastIndexOf('/') + 1) + " policy; give administrators an MFA-protected role instead");
            return;
        }
        List<ResourceInstance> policies = module.resources("aws_iam_policy");
        Link link = References.link(v, policies, "arn");
        if (link.isLinked()) {
            ResourceInstance policy = link.target().orElseThrow();
            Optional<EvaluatedAttribute> doc = policy.attribute("policy");
            if (doc.isEmpty()) return;
            PolicyRead read = PolicyDocuments.read(module, policy, doc.get(), policy.address() + " policy");
            judgeDocument(reporter, read, at, name, policy.address());
        } else if (link.isUnknown()) {
            reporter.undecided(at, "whether " + name + " gives a user administrator rights", link.unknownReasons());
        }
    }

    /** Reports at {@code at} when the document grants every action on every resource, with the statement related. */
    private static void judgeDocument(Reporter reporter, PolicyRead read, Span at, String name, String what) {
        if (read.state() == PolicyRead.State.UNKNOWN) {
            reporter.undecided(at, "whether " + name + " gives a user administrator rights", read.unknownReasons());
            return;
        }
        Optional<PolicyDocument> doc = read.document();
        if (doc.isEmpty()) return;
        for (PolicyStatement s : doc.get().statements()) {
            if (!IamPolicyFullAdmin.isFullAdmin(s).isYes()) continue;
            reporter.report(at, name + " gives a user administrator rights: " + what + " allows every action on "
                    + "every resource; give administrators an MFA-protected role instead").ifPresent(r -> {
                        if (reporter.inThisFile(s.file())) r.related(s.span(), "the statement granting * on *");
                    });
            return;
        }
    }
}
