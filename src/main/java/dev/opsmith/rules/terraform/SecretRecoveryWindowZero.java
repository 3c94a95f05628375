package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;

/** A secret that {@code terraform destroy} (or a rename) deletes at once, with no way to restore it. */
public final class SecretRecoveryWindowZero extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS229", "Secret deleted without a recovery window")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_secretsmanager_secret` with `recovery_window_in_days = 0`: when Terraform "
                    + "deletes or replaces it, the secret and all its versions are removed immediately. The "
                    + "default (30 days) and any value from 7 to 30 are compliant. When the value is unknown, "
                    + "nothing is reported; --show-unknown names the unknown input.")
            .rationale("A credential deleted by mistake (a refactoring that renames the resource, a destroy in "
                    + "the wrong workspace) breaks every service that reads it; with a recovery window it can be "
                    + "restored in minutes, without one it must be reissued everywhere.")
            .remediation("Remove `recovery_window_in_days` or set it between 7 and 30; use 0 only in throwaway "
                    + "test environments.")
            .reference("https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_delete-secret.html")
            .compliance("NIST-800-53:CP-9").compliance("SOC2:A1.2").compliance("SOC2:A1.3")
            .compliance("DORA:Art.12(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance secret : reporter.resources(module, "aws_secretsmanager_secret")) {
            var attribute = secret.attribute("recovery_window_in_days");
            if (attribute.isEmpty() || !reporter.inThisFile(attribute.get())) continue;
            String name = secret.block().address();
            Value v = attribute.get().value();
            var at = attribute.get().source().node().span();
            if (!v.isKnown()) {
                reporter.undecided(at, "whether " + name + " can be recovered after deletion", v.unknownReasons());
            } else if (v.number().map(n -> n.compareTo(BigDecimal.ZERO) == 0).orElse(false)) {
                reporter.report(at, name + " sets recovery_window_in_days = 0: a delete removes it at once and for "
                        + "good; remove the attribute or set 7 to 30 days");
            }
        }
    }
}
