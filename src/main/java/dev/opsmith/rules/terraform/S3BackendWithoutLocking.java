package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.hcl.Block;
import dev.opsmith.format.terraform.hcl.Expression;
import dev.opsmith.format.terraform.module.Located;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An S3 backend with no state locking: two applies at once (a pipeline and a laptop, two merged pull requests) both
 * write the state, and the last writer silently drops the other's resources from it.
 */
public final class S3BackendWithoutLocking extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("TF012", "S3 backend without state locking")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("A `backend \"s3\"` block with neither `use_lockfile = true` (S3-native locking, "
                    + "Terraform 1.10+) nor a non-empty `dynamodb_table`. When the block leaves out `bucket` or `key`, "
                    + "it is completed by `-backend-config` at init, which opsmith does not read yet: the decision is "
                    + "then reported as undecided.")
            .rationale("Without a lock, concurrent runs read and write the same state object; the state can end "
                    + "up missing resources that still exist, which the next apply tries to create again or "
                    + "leaves unmanaged.")
            .remediation("Set `use_lockfile = true` (Terraform 1.10 or later), or name a DynamoDB table with a "
                    + "`LockID` string key in `dynamodb_table` on older releases.")
            .reference("https://developer.hashicorp.com/terraform/language/backend/s3#state-locking")
            .compliance("NIST-800-53:CP-9").compliance("SOC2:A1.2").compliance("DORA:Art.12(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (Located<Block> located : TerraformSettings.backends(module.module())) {
            Block backend = located.node();
            if (!"s3".equals(backend.label(0)) || !reporter.inThisFile(located.file())) continue;
            List<String> unknowns = new ArrayList<>();
            Optional<Expression> lockfile = TerraformSettings.argument(backend, "use_lockfile");
            if (lockfile.isPresent()) {
                Optional<Boolean> on = TerraformSettings.literalBool(lockfile.get());
                if (on.orElse(false)) continue;
                if (on.isEmpty()) unknowns.add("backend \"s3\".use_lockfile: " + TerraformSettings.NOT_LITERAL);
            }
            Optional<Expression> table = TerraformSettings.argument(backend, "dynamodb_table");
            if (table.isPresent()) {
                Optional<String> name = TerraformSettings.literal(table.get());
                if (name.filter(n -> !n.isBlank()).isPresent()) continue;
                if (name.isEmpty()) unknowns.add("backend \"s3\".dynamodb_table: " + TerraformSettings.NOT_LITERAL);
            }
            if (unknowns.isEmpty() && !TerraformSettings.missingS3Arguments(backend).isEmpty()) {
                if (lockfile.isEmpty()) unknowns.add(TerraformSettings.partialConfiguration(backend, "use_lockfile"));
                if (table.isEmpty()) unknowns.add(TerraformSettings.partialConfiguration(backend, "dynamodb_table"));
            }
            if (unknowns.isEmpty()) {
                reporter.report(TerraformSettings.header(backend), "the S3 backend has no state locking; "
                        + "set use_lockfile = true (Terraform 1.10+) or a dynamodb_table");
            } else {
                reporter.undecided(TerraformSettings.header(backend), "whether the S3 backend locks state", unknowns);
            }
        }
    }
}
