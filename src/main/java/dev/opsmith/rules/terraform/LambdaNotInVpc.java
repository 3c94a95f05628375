package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/** A Lambda function that runs in the Lambda service network rather than in one of the organisation's VPCs. */
public final class LambdaNotInVpc extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS249", "Function not attached to a VPC")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_lambda_function` without a `vpc_config` block. Opt-in: whether functions must "
                    + "run inside a VPC is an architecture decision (functions that only call AWS APIs often do "
                    + "not need one). A `dynamic \"vpc_config\"` block whose `for_each` is unknown is left "
                    + "undecided; --show-unknown names the unknown input.")
            .rationale("Outside a VPC a function reaches the internet directly: security groups, network ACLs, "
                    + "VPC endpoints, flow logs and egress filtering do not apply to it, so data it can read can "
                    + "leave without passing any network control.")
            .remediation("Add `vpc_config { subnet_ids = [...] security_group_ids = [...] }` with private "
                    + "subnets, VPC endpoints for the AWS services it calls, and an execution role with "
                    + "`AWSLambdaVPCAccessExecutionRole`.")
            .reference("https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html")
            .compliance("NIST-800-53:SC-7").compliance("SOC2:CC6.1").compliance("SOC2:CC6.6")
            .compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_117")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance function : reporter.resources(module, "aws_lambda_function")) {
            String name = function.block().address();
            var configs = function.blocks("vpc_config");
            if (configs.isEmpty()) {
                reporter.report(function.block().header(), name + " has no vpc_config, so it runs outside your "
                        + "VPCs and their network controls; attach it to private subnets");
                continue;
            }
            EvaluatedBlock config = configs.get(0);
            if (config.undecided().isPresent() && reporter.inThisFile(config.source().file())) {
                reporter.undecided(config.source().node().typeSpan(), "whether " + name + " is attached to a VPC",
                        config.undecided().get().unknownReasons());
            }
        }
    }
}
