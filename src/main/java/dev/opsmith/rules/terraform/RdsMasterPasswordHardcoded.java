package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.SecretPatterns;

import java.util.Map;

/** A database master password written in the configuration (a literal, a variable default or a tfvars value). */
public final class RdsMasterPasswordHardcoded extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS188", "Database master password written in the code")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_db_instance` `password` or an `aws_rds_cluster` `master_password` whose value is "
                    + "known when Terraform plans (a literal, a variable's default or a tfvars value) and looks like "
                    + "a real secret (not a placeholder such as `changeme`), while `manage_master_user_password` is "
                    + "not true. Values from `random_password`, a Secrets Manager data source or a variable without "
                    + "a value are not hard-coded. The finding shows only two characters and the length.")
            .rationale("A password in the repository is readable by everyone with access to it, to its history and "
                    + "to every clone and CI log; it is rarely rotated because changing it means a commit. It also "
                    + "ends up in plain text in the state file.")
            .remediation("Set `manage_master_user_password = true` (RDS keeps and rotates the password in Secrets "
                    + "Manager), or generate it with `random_password`; then rotate the exposed password.")
            .reference("https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html")
            .compliance("NIST-800-53:IA-5").compliance("PCI-DSS-4.0:8.3.2")
            .compliance("SOC2:CC6.1").compliance("DORA:Art.9(4)(d)")
            .build();

    private static final Map<String, String> PASSWORDS = Map.of(
            "aws_db_instance", "password", "aws_rds_cluster", "master_password");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        if (reporter.fromPlan()) return; // a planned value does not say whether it was written in the code
        for (var entry : PASSWORDS.entrySet()) {
            for (ResourceInstance db : reporter.resources(module, entry.getKey())) {
                var attribute = db.attribute(entry.getValue());
                if (attribute.isEmpty() || !reporter.inThisFile(attribute.get())) continue;
                if (db.value("manage_master_user_password").isTrue()) continue;
                Value v = attribute.get().value();
                if (!v.isKnown()) continue;
                String password = v.string().orElse(null);
                if (password == null || SecretPatterns.isPlaceholder(password)
                        || !SecretPatterns.isHardcodedSecret(password)) {
                    continue;
                }
                String name = db.block().address();
                reporter.report(attribute.get().source().node().span(), name + " writes its " + entry.getValue()
                                + " in the code " + SecretPatterns.redact(password) + "; set "
                                + "manage_master_user_password = true or use random_password, and rotate it")
                        .ifPresent(r -> r.secret(password));
            }
        }
    }
}
