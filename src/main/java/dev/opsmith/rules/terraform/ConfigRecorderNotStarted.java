package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.References;

/**
 * A Config recorder that is never started: Terraform creates recorders stopped, and only an
 * {@code aws_config_configuration_recorder_status} with {@code is_enabled = true} turns recording on.
 */
public final class ConfigRecorderNotStarted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS320", "Config recorder never turned on")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_config_configuration_recorder` that no `aws_config_configuration_recorder_status` "
                    + "refers to (by `name`), reported at the recorder; or a recorder status with `is_enabled = "
                    + "false`, reported at the value. A status whose `name` is unknown makes the first case "
                    + "undecided.")
            .rationale("A recorder is created in the stopped state: without a status resource that starts it, "
                    + "Config records nothing, its rules evaluate nothing, and the account has no configuration "
                    + "history although the setup looks complete.")
            .remediation("Add `resource \"aws_config_configuration_recorder_status\" \"main\" { name = "
                    + "aws_config_configuration_recorder.main.name is_enabled = true depends_on = "
                    + "[aws_config_delivery_channel.main] }`.")
            .reference("https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/config_configuration_recorder_status")
            .compliance("NIST-800-53:CM-8").compliance("CIS-AWS-3.0:3.3")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .equivalent("checkov", "CKV2_AWS_45")
            .build();

    private static final String STATUS = "aws_config_configuration_recorder_status";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance recorder : reporter.resources(module, "aws_config_configuration_recorder")) {
            String name = recorder.block().address();
            var referrers = References.referrers(module, recorder, STATUS, "name", "name");
            if (referrers.certainlyNone()) {
                reporter.report(recorder.block().header(), name + " is never started: no " + STATUS + " with "
                        + "is_enabled = true refers to it, so Config records nothing; add one");
            } else if (referrers.isEmpty()) {
                reporter.undecided(recorder.block().header(), "whether " + name + " is started",
                        referrers.unknownReasons());
            }
        }
        for (ResourceInstance status : reporter.resources(module, STATUS)) {
            var enabled = status.attribute("is_enabled");
            if (enabled.isEmpty() || !reporter.inThisFile(enabled.get())) continue;
            Value v = enabled.get().value();
            String name = status.block().address();
            var at = enabled.get().source().node().span();
            if (!v.isKnown()) {
                reporter.undecided(at, "whether " + name + " starts its recorder", v.unknownReasons());
            } else if (v.isFalse()) {
                reporter.report(at, name + " sets is_enabled = false, so the recorder is stopped and Config "
                        + "records nothing; set it to true");
            }
        }
    }
}
