package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.References;

import java.util.ArrayList;
import java.util.List;

/** A Secrets Manager secret that nothing rotates: the same credential stays valid until someone changes it. */
public final class SecretRotationDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS225", "Secret has no automatic rotation")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_secretsmanager_secret` that is rotated neither inline (AWS provider v3: a "
                    + "`rotation_rules` block together with `rotation_lambda_arn`) nor by an "
                    + "`aws_secretsmanager_secret_rotation` of the same module whose `secret_id` refers to it "
                    + "(v4 and later), by reference or by the secret's literal name. Master passwords that RDS "
                    + "manages (`manage_master_user_password`) are not `aws_secretsmanager_secret` resources and "
                    + "are never reported. When some rotation resource's `secret_id` is unknown, secrets without "
                    + "another rotation are left undecided; --show-unknown names the unknown inputs.")
            .rationale("A credential that never changes stays usable by everyone who ever saw it: former staff, "
                    + "a leaked CI log, an old backup. Automatic rotation bounds that exposure and proves the "
                    + "services using the secret can survive a change of credential.")
            .remediation("Add an `aws_secretsmanager_secret_rotation` with `secret_id` set to the secret, a "
                    + "`rotation_lambda_arn` (or a managed rotation) and `rotation_rules { automatically_after_days "
                    + "= 30 }`.")
            .reference("https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html")
            .compliance("NIST-800-53:IA-5").compliance("PCI-DSS-4.0:8.3.9").compliance("PCI-DSS-4.0:8.6.3")
            .compliance("SOC2:CC6.1").compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV2_AWS_57")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance secret : reporter.resources(module, "aws_secretsmanager_secret")) {
            String name = secret.block().address();
            List<String> unknown = new ArrayList<>();
            Inline inline = inline(secret, unknown);
            if (inline == Inline.ROTATED) continue;
            References.Referrers rotations = References.referrers(module, secret,
                    "aws_secretsmanager_secret_rotation", "secret_id", "name", "arn");
            if (!rotations.isEmpty()) continue;
            unknown.addAll(rotations.unknownReasons());
            if (!unknown.isEmpty()) {
                reporter.undecided(secret.block().header(), "whether " + name + " is rotated", unknown);
            } else {
                reporter.report(secret.block().header(), name + " is never rotated automatically; add an "
                        + "aws_secretsmanager_secret_rotation for it with rotation_rules");
            }
        }
    }

    private enum Inline { ROTATED, NOT_ROTATED }

    /** The v3 inline rotation: a {@code rotation_rules} block and a rotation function, both required. */
    private static Inline inline(ResourceInstance secret, List<String> unknown) {
        List<EvaluatedBlock> rules = secret.blocks("rotation_rules");
        if (rules.isEmpty()) return Inline.NOT_ROTATED;
        if (rules.get(0).undecided().isPresent()) {
            unknown.addAll(rules.get(0).undecided().get().unknownReasons());
            return Inline.NOT_ROTATED;
        }
        Value function = secret.value("rotation_lambda_arn");
        if (function.isAbsent() || function.isNull()) return Inline.NOT_ROTATED;
        if (function.isKnown()) {
            return function.string().map(s -> !s.isBlank()).orElse(false) ? Inline.ROTATED : Inline.NOT_ROTATED;
        }
        boolean afterApply = !function.unknownReasons().isEmpty()
                && function.unknownReasons().stream().allMatch(r -> r.endsWith(" is known only after apply"));
        if (afterApply) return Inline.ROTATED;
        unknown.addAll(function.unknownReasons());
        return Inline.NOT_ROTATED;
    }
}
