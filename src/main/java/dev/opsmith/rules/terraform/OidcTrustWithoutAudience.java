package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.PolicyCondition;
import dev.opsmith.rules.terraform.support.PolicyDocument;
import dev.opsmith.rules.terraform.support.PolicyStatement;
import dev.opsmith.rules.terraform.support.PolicyString;
import dev.opsmith.rules.terraform.support.PolicyStrings;
import dev.opsmith.rules.terraform.support.PrincipalSet;
import dev.opsmith.rules.terraform.support.Tri;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A web identity trust that does not check which audience the token was issued for. */
public final class OidcTrustWithoutAudience extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS078", "Web identity trust does not check the audience")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("A role trust policy (any of the four forms) with an `Allow` statement for "
                    + "`sts:AssumeRoleWithWebIdentity` whose `Federated` principal is an IAM OIDC provider (an "
                    + "`oidc-provider/<issuer>` ARN, or an `aws_iam_openid_connect_provider` of the scan), without a "
                    + "`StringEquals`/`StringLike` condition on `<issuer>:aud`. For GitHub Actions the audience "
                    + "should be `sts.amazonaws.com`. When the conditions are unknown, nothing is reported; "
                    + "--show-unknown names the unknown input.")
            .rationale("An issuer signs tokens for many clients; the audience claim says which one a token was "
                    + "meant for. Without checking it, a token minted for another application of the same issuer "
                    + "can be exchanged for the role's credentials.")
            .remediation("Add a `StringEquals` condition on `<issuer>:aud` with the client id registered on the "
                    + "OIDC provider (`sts.amazonaws.com` for GitHub Actions and EKS service accounts).")
            .reference("https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html")
            .compliance("NIST-800-53:IA-2").compliance("NIST-800-53:IA-8").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.2").compliance("SOC2:CC6.3").compliance("DORA:Art.9(4)(c)")
            .compliance("DORA:Art.9(4)(d)")
            .build();

    private static final Pattern PROVIDER_REF =
            Pattern.compile("^(aws_iam_openid_connect_provider\\.\\S+?)\\.arn is known only after apply$");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        Set<String> trustDocuments = IamRoleTrustsEveryone.trustDataDocuments(module);
        IamPolicyScan.forEach(module, reporter, IamPolicyScan.TRUST, IamPolicyScan.DataShape.WITH_PRINCIPALS,
                "whether the web identity trust checks the audience", doc -> {
                    boolean data = doc.form() == PolicyDocument.Form.DATA_SOURCE;
                    if (data && !trustDocuments.contains(doc.name()) && !IamRoleTrustsEveryone.namesAssumeAction(doc)) {
                        return;
                    }
                    for (PolicyStatement s : doc.statements()) judge(module, reporter, doc, s);
                });
    }

    private static void judge(EvaluatedModule module, Reporter reporter, PolicyDocument doc, PolicyStatement s) {
        if (!reporter.inThisFile(s.file())) return;
        Optional<String> issuer = issuer(module, s.principals().of(PrincipalSet.FEDERATED));
        if (issuer.isEmpty()) return;
        String question = "whether " + doc.name() + " checks the token audience";
        Tri applies = s.isAllow().and(s.actions().allows("sts:AssumeRoleWithWebIdentity"));
        if (applies.isUnknown()) reporter.undecided(s.span(), question, applies.unknownReasons());
        if (!applies.isYes()) return;
        String key = issuer.get() + ":aud";
        List<PolicyCondition> aud = s.conditionsOn(key).stream()
                .filter(c -> c.baseOperator().equals("StringEquals") || c.baseOperator().equals("StringLike"))
                .toList();
        if (!aud.isEmpty()) return;
        if (!s.conditionUnknownReasons().isEmpty()) {
            reporter.undecided(s.span(), question, s.conditionUnknownReasons());
            return;
        }
        reporter.report(s.span(), doc.name() + " accepts " + issuer.get() + " tokens for any audience; add a "
                + "StringEquals condition on " + key);
    }

    /** The issuer of an OIDC provider named by a `Federated` principal, lower case, without scheme. */
    static Optional<String> issuer(EvaluatedModule module, PolicyStrings federated) {
        for (PolicyString p : federated.items()) {
            Optional<String> text = p.text();
            if (text.isEmpty()) continue;
            int at = text.get().indexOf(":oidc-provider/");
            if (at >= 0) return Optional.of(text.get().substring(at + ":oidc-provider/".length()).toLowerCase(Locale.ROOT));
        }
        for (String reason : federated.allUnknownReasons()) {
            Matcher m = PROVIDER_REF.matcher(reason);
            if (!m.matches()) continue;
            Optional<ResourceInstance> provider = module.instance(m.group(1));
            Optional<String> url = provider.flatMap(i -> i.value("url").string());
            if (url.isPresent()) return Optional.of(url.get().toLowerCase(Locale.ROOT).replaceFirst("^https://", ""));
        }
        return Optional.empty();
    }
}
