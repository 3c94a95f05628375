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

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A role that GitHub Actions workflows assume through OIDC without the trust naming which repositories may: any
 * repository on GitHub (or any of the organisation's) can then get the role's credentials.
 */
public final class GithubOidcTrustTooBroad extends TerraformRule {
    static final String ISSUERS = "issuers";
    static final String REQUIRE_REF = "requireRefOrEnvironment";
    static final String GITHUB = "token.actions.githubusercontent.com";

    static final RuleMeta META = RuleMeta.builder("AWS077",
                    "GitHub Actions OIDC trust not limited to named repositories")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("A role trust policy (any of the four forms) with an `Allow` statement for "
                    + "`sts:AssumeRoleWithWebIdentity` whose `Federated` principal is GitHub's OIDC provider (an ARN "
                    + "ending in `oidc-provider/token.actions.githubusercontent.com`, or an "
                    + "`aws_iam_openid_connect_provider` of the scan with that URL; the setting `issuers` adds other "
                    + "GitHub-style issuers), when no `StringEquals`/`StringLike` condition on "
                    + "`token.actions.githubusercontent.com:sub` fixes the repository: the condition is missing, or "
                    + "a `StringLike` value has `*` or `?` in its repository part (`repo:org/*:ref:...`) or is `*`. "
                    + "`repo:org/app:*` (one repository, any branch) is accepted unless the setting "
                    + "`requireRefOrEnvironment` is true; wildcards under `StringEquals` are literal and accepted. "
                    + "When the principal or the condition values are unknown, nothing is reported; "
                    + "--show-unknown names the unknown input.")
            .rationale("GitHub signs a token for every workflow run of every repository. The `sub` claim is what "
                    + "says which repository (and branch or environment) the run belongs to; a trust that does not "
                    + "check it lets any GitHub user's workflow assume the role.")
            .remediation("Add a condition `StringLike` (or `StringEquals`) on `token.actions.githubusercontent.com:sub` "
                    + "with values such as `repo:my-org/payments-api:environment:production`, and one on "
                    + "`token.actions.githubusercontent.com:aud` equal to `sts.amazonaws.com`.")
            .reference("https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services")
            .compliance("NIST-800-53:AC-3").compliance("NIST-800-53:IA-2").compliance("NIST-800-53:IA-8")
            .compliance("PCI-DSS-4.0:8.2.2").compliance("SOC2:CC6.1").compliance("SOC2:CC6.2")
            .compliance("SOC2:CC6.3").compliance("DORA:Art.9(4)(c)").compliance("DORA:Art.9(4)(d)")
            .build();

    private static final Pattern PROVIDER_REF =
            Pattern.compile("^(aws_iam_openid_connect_provider\\.\\S+?)\\.arn is known only after apply$");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        Set<String> issuers = new LinkedHashSet<>();
        issuers.add(GITHUB);
        for (String s : reporter.setting(ISSUERS)) issuers.add(s.strip().toLowerCase(Locale.ROOT));
        boolean requireRef = reporter.setting(REQUIRE_REF).stream().anyMatch(s -> s.strip().equalsIgnoreCase("true"));
        Set<String> trustDocuments = IamRoleTrustsEveryone.trustDataDocuments(module);
        IamPolicyScan.forEach(module, reporter, IamPolicyScan.TRUST, IamPolicyScan.DataShape.WITH_PRINCIPALS,
                "whether the GitHub OIDC trust is limited to named repositories", doc -> {
                    boolean data = doc.form() == PolicyDocument.Form.DATA_SOURCE;
                    if (data && !trustDocuments.contains(doc.name()) && !IamRoleTrustsEveryone.namesAssumeAction(doc)) {
                        return;
                    }
                    for (PolicyStatement s : doc.statements()) judge(module, reporter, doc, s, issuers, requireRef);
                });
    }

    private static void judge(EvaluatedModule module, Reporter reporter, PolicyDocument doc, PolicyStatement s,
                              Set<String> issuers, boolean requireRef) {
        if (!reporter.inThisFile(s.file())) return;
        String question = "whether " + doc.name() + " limits GitHub OIDC to named repositories";
        Optional<String> issuer = issuer(module, s.principals().of(PrincipalSet.FEDERATED), issuers);
        Tri applies = s.isAllow().and(s.actions().allows("sts:AssumeRoleWithWebIdentity"));
        if (issuer.isEmpty() || applies.isNo()) return;
        if (applies.isUnknown()) {
            reporter.undecided(s.span(), question, applies.unknownReasons());
            return;
        }
        String key = issuer.get() + ":sub";
        List<PolicyCondition> subs = s.conditionsOn(key).stream()
                .filter(c -> c.baseOperator().equals("StringEquals") || c.baseOperator().equals("StringLike"))
                .toList();
        if (subs.isEmpty()) {
            if (!s.conditionUnknownReasons().isEmpty()) {
                reporter.undecided(s.span(), question, s.conditionUnknownReasons());
                return;
            }
            reporter.report(s.span(), doc.name() + " lets any GitHub repository's workflows assume the role: it has "
                    + "no condition on " + key + "; add one naming the repositories (repo:ORG/REPO:...)");
            return;
        }
        PolicyString broad = null;
        List<String> unknown = new ArrayList<>();
        for (PolicyCondition c : subs) {
            Tri narrow = allNarrow(c, requireRef);
            if (narrow.isYes()) return;
            if (narrow.isUnknown()) unknown.addAll(narrow.unknownReasons());
            else if (broad == null) broad = firstBroad(c, requireRef);
        }
        if (!unknown.isEmpty()) {
            reporter.undecided(s.span(), question, unknown);
            return;
        }
        if (broad == null) return;
        reporter.report(broad.span(), doc.name() + " lets workflows of any repository matching \""
                + broad.text().orElse("") + "\" assume the role; name the repository in " + key
                + " (repo:ORG/REPO:...)");
    }

    /** Whether every value of a `sub` condition fixes the repository. */
    private static Tri allNarrow(PolicyCondition c, boolean requireRef) {
        PolicyStrings values = c.values();
        if (values.items().isEmpty() && values.unknownReasons().isEmpty()) return Tri.NO;
        Tri broad = values.any(v -> isBroad(v, c, requireRef));
        return broad.not();
    }

    private static PolicyString firstBroad(PolicyCondition c, boolean requireRef) {
        List<PolicyString> broad = c.values().matching(v -> isBroad(v, c, requireRef));
        return broad.isEmpty() ? null : broad.get(0);
    }

    /** Whether one `sub` value admits more than one repository (or, when required, any ref of one). */
    static boolean isBroad(String value, PolicyCondition c, boolean requireRef) {
        boolean like = c.baseOperator().equals("StringLike");
        if (!like) return false;
        if (value.equals("*")) return true;
        if (!value.startsWith("repo:")) return false;
        String rest = value.substring("repo:".length());
        int colon = rest.indexOf(':');
        String repository = colon < 0 ? rest : rest.substring(0, colon);
        if (repository.contains("*") || repository.contains("?")) return true;
        if (colon < 0) return false;
        return requireRef && rest.substring(colon + 1).equals("*");
    }

    /** The GitHub-style issuer a `Federated` principal names, when it names one. */
    private static Optional<String> issuer(EvaluatedModule module, PolicyStrings federated, Set<String> issuers) {
        for (PolicyString p : federated.items()) {
            if (p.isKnown()) {
                String text = p.text().get().toLowerCase(Locale.ROOT);
                for (String issuer : issuers) {
                    if (text.endsWith("oidc-provider/" + issuer) || text.equals(issuer)) return Optional.of(issuer);
                }
            }
        }
        for (String reason : federated.allUnknownReasons()) {
            Matcher m = PROVIDER_REF.matcher(reason);
            if (!m.matches()) continue;
            Optional<ResourceInstance> provider = module.instance(m.group(1));
            Optional<String> url = provider.flatMap(i -> i.value("url").string());
            if (url.isEmpty()) continue;
            String host = url.get().toLowerCase(Locale.ROOT).replaceFirst("^https://", "");
            if (issuers.contains(host)) return Optional.of(host);
        }
        return Optional.empty();
    }
}
