package dev.opsmith.rules.terraform;

import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.BackupSelections;

import java.util.List;
import java.util.function.Predicate;

/**
 * The check shared by the opt-in "not covered by AWS Backup" rules: each resource of the given types that no
 * {@code aws_backup_selection} of the module selects is reported at its header; an undecidable selection leaves it
 * undecided.
 */
final class BackupNotCovering {

    private BackupNotCovering() {
    }

    /**
     * @param protectedOtherwise resources that are backed up by other means (an EFS backup policy) and are skipped
     * @param what               what the resource is, for the message ("database", "EBS volume")
     */
    static void check(EvaluatedModule module, TerraformRule.Reporter reporter, List<String> types,
                      Predicate<ResourceInstance> protectedOtherwise, String what) {
        for (String type : types) {
            for (ResourceInstance resource : reporter.resources(module, type)) {
                if (protectedOtherwise.test(resource)) continue;
                String name = resource.block().address();
                var coverage = BackupSelections.coverage(module, resource);
                switch (coverage.state()) {
                    case NOT_COVERED -> reporter.report(resource.block().header(), name + " is a " + what
                            + " that no aws_backup_selection selects, so AWS Backup keeps no recovery points of "
                            + "it; add it to a backup plan's selection (by ARN or tag)");
                    case UNKNOWN -> reporter.undecided(resource.block().header(),
                            "whether a backup selection covers " + name, coverage.unknownReasons());
                    case COVERED -> {
                    }
                }
            }
        }
    }
}
