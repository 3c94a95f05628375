package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.hcl.Attribute;
import dev.opsmith.format.terraform.module.Located;
import dev.opsmith.format.terraform.module.ModuleBlock;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.SecretPatterns;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An output that exposes a secret without {@code sensitive = true}: Terraform then prints it in plan and apply
 * output (CI logs) and hands it in clear to whoever reads the outputs.
 */
public final class SensitiveOutputNotMarked extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("TF016", "Output exposes a sensitive value without sensitive = true")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `output` without `sensitive = true` whose value comes from a variable marked "
                    + "`sensitive = true` or from `sensitive(...)` (through locals and functions too), refers to an attribute that the AWS, "
                    + "random or tls providers treat as secret (`aws_db_instance.password`, "
                    + "`aws_iam_access_key.secret`, `aws_secretsmanager_secret_version.secret_string`, "
                    + "`random_password.result`, `tls_private_key.private_key_pem`, …), or is named like a secret "
                    + "(`db_password`, `api_token`). A value wrapped in `nonsensitive(...)` is a deliberate choice and "
                    + "is not reported.")
            .rationale("Outputs are printed at the end of every apply, stored in state and read by other "
                    + "configurations through remote state; pipelines keep those logs. `sensitive = true` keeps the "
                    + "value out of the CLI output and makes every consumer treat it as secret.")
            .remediation("Add `sensitive = true` to the output, or stop exporting the secret: hand consumers the "
                    + "ARN of a Secrets Manager secret instead.")
            .reference("https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output")
            .compliance("NIST-800-53:SC-28").compliance("PCI-DSS-4.0:3.5.1").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(4)(d)")
            .build();

    /** Attributes providers mark sensitive in their schema, which a scan without schemas must know by name. */
    private static final Pattern PROVIDER_SECRET = Pattern.compile("\\b(?:"
            + "aws_db_instance\\.[\\w-]+(?:\\[[^\\]]*])?\\.password"
            + "|aws_rds_cluster\\.[\\w-]+(?:\\[[^\\]]*])?\\.master_password"
            + "|aws_iam_access_key\\.[\\w-]+(?:\\[[^\\]]*])?\\.(?:secret|ses_smtp_password_v4|encrypted_secret)"
            + "|aws_iam_user_login_profile\\.[\\w-]+(?:\\[[^\\]]*])?\\.password"
            + "|aws_secretsmanager_secret_version\\.[\\w-]+(?:\\[[^\\]]*])?\\.secret_(?:string|binary)"
            + "|aws_elasticache_replication_group\\.[\\w-]+(?:\\[[^\\]]*])?\\.auth_token"
            + "|aws_ssm_parameter\\.[\\w-]+(?:\\[[^\\]]*])?\\.value"
            + "|random_password\\.[\\w-]+(?:\\[[^\\]]*])?\\.(?:result|bcrypt_hash)"
            + "|tls_private_key\\.[\\w-]+(?:\\[[^\\]]*])?\\.private_key_(?:pem|openssh|pem_pkcs8)"
            + ")\\b");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ModuleBlock output : module.module().blocks("output")) {
            if (!reporter.inThisFile(output.file()) || output.labels().size() != 1) continue;
            Optional<Located<Attribute>> value = output.attribute("value");
            if (value.isEmpty()) continue;
            Optional<Located<Attribute>> sensitive = output.attribute("sensitive");
            if (sensitive.isPresent()) {
                String written = sensitive.get().file().text(sensitive.get().node().value().span()).strip();
                if (!written.equals("false")) continue; // true, or decided elsewhere (a variable): not a missing mark
            }
            String name = output.labels().get(0);
            String expression = value.get().file().text(value.get().node().value().span());
            if (expression.contains("nonsensitive(")) continue;
            Optional<String> why = reason(module.outputs().get(name), expression, name);
            why.ifPresent(w -> reporter.report(value.get().node().value().span(), "output \"" + name + "\" " + w
                    + " but is not marked sensitive, so Terraform prints it after every apply; add sensitive = true"));
        }
    }

    private static Optional<String> reason(Value evaluated, String expression, String name) {
        Matcher provider = PROVIDER_SECRET.matcher(expression);
        if (provider.find()) return Optional.of("exposes " + provider.group() + ", which the provider keeps secret,");
        if (evaluated != null && evaluated.isSensitive()) {
            return Optional.of("comes from a value marked sensitive (a sensitive variable, or sensitive())");
        }
        if (SecretPatterns.looksLikeSecretName(name)) return Optional.of("is named like a secret");
        return Optional.empty();
    }
}
