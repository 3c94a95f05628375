package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

import java.util.Set;

/** A backup vault access policy that lets everyone act on the vault and its recovery points. */
public final class BackupVaultPolicyPublic extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS338", "Backup vault policy allows everyone")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_backup_vault_policy` with an `Allow` statement whose principal is `*` (or "
                    + "`{\"AWS\": \"*\"}`) and no condition that narrows the callers (`aws:PrincipalOrgID`, "
                    + "`aws:SourceAccount`, `aws:SourceArn` and the like). The policy is read in every form: "
                    + "`jsonencode`, a heredoc or JSON string, `file()`, and `data \"aws_iam_policy_document\"`. "
                    + "A policy or principal that cannot be known is left undecided.")
            .rationale("The vault policy is the last guard on the recovery points: granting everyone "
                    + "`backup:CopyFromBackupVault` or `backup:DeleteRecoveryPoint` lets any AWS account copy the "
                    + "backups out, or destroy them before a ransomware attack.")
            .remediation("Name the accounts or roles the statement is for (a backup account, the organisation's "
                    + "copy role), or add an `aws:PrincipalOrgID` condition. Deny statements with `*` are fine.")
            .reference("https://docs.aws.amazon.com/aws-backup/latest/devguide/create-a-vault-access-policy.html")
            .compliance("NIST-800-53:AC-3")
            .compliance("SOC2:A1.2").compliance("SOC2:A1.3").compliance("DORA:Art.11").compliance("DORA:Art.12(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        QueueTopicPolicies.forEach(module, reporter, Set.of("aws_backup_vault_policy"), "whether the vault policy "
                + "allows everyone", doc -> QueueTopicPolicies.judgePublic(doc, reporter, "backup vault"));
    }
}
