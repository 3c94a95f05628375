package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.module.ModuleBlock;
import dev.opsmith.rules.secrets.CredentialShapes;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** AWS credentials written into a provider block: in the repository, in every clone, in the state's history. */
public final class ProviderCredentialsHardcoded extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("TF015", "Hard-coded credentials in a provider block")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("A `provider \"aws\"` block whose `access_key`, `secret_key` or `token` is a literal string (not "
                    + "a variable, not an environment reference). Values that only look like placeholders (all x, "
                    + "`changeme`, example keys) are not reported.")
            .rationale("A key in the repository is a key for everyone who can read it, now and in its history. "
                    + "Pipelines should get short-lived credentials (OIDC, an instance or task role, a profile).")
            .remediation("Remove the attribute and let the provider read credentials from the environment, a shared "
                    + "profile or an assumed role; rotate the key that was committed.")
            .reference("https://registry.terraform.io/providers/hashicorp/aws/latest/docs#authentication-and-configuration")
            .compliance("PCI-DSS-4.0:8.3.2").compliance("NIST-800-53:IA-5").compliance("SOC2:CC6.1")
            .equivalent("checkov", "CKV_AWS_41")
            .build();

    private static final List<String> SECRET_ATTRIBUTES = List.of("access_key", "secret_key", "token");
    /** Only placeholders matter here: the attribute names already say the values are credentials. */
    private static final CredentialShapes SHAPES = new CredentialShapes(CredentialShapes.WELL_KNOWN,
            Pattern.compile("(?i)(access_key|secret_key|token)"), Pattern.compile("(?!)"),
            Set.of("changeme", "change_me", "placeholder", "todo", "redacted", "none", "null", "mock", "test"),
            Pattern.compile("(?i)x+|\\*+|\\.+|-+|<[^>]*>|.*(example|dummy|placeholder|your[_-]).*"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ModuleBlock provider : module.module().blocks("provider")) {
            if (!provider.labels().get(0).equals("aws")) continue;
            for (String name : SECRET_ATTRIBUTES) {
                provider.attribute(name).ifPresent(a -> {
                    if (!reporter.inThisFile(a.file())) return;
                    if (!(a.node().value() instanceof dev.opsmith.format.terraform.hcl.Expression.Template t)) return;
                    t.literalValue().filter(SHAPES::isLiteralSecret).ifPresent(secret ->
                            reporter.report(a.node().span(), "provider \"aws\" has a hard-coded " + name
                                    + "; remove it and use the environment, a profile or an assumed role, then rotate the key")
                                    .ifPresent(r -> r.secret(secret)));
                });
            }
        }
    }
}
