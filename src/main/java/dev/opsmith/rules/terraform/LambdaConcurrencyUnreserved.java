package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;

/** A Lambda function that draws on the account's shared concurrency pool without a reservation of its own. */
public final class LambdaConcurrencyUnreserved extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS242", "Function has no reserved concurrency")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_lambda_function` that does not set `reserved_concurrent_executions`, or sets it "
                    + "to `-1` (the provider's value for \"no reservation\"). `0` is accepted: it is a deliberate "
                    + "throttle that stops the function. When the value is unknown, nothing is reported; "
                    + "--show-unknown names the unknown input.")
            .rationale("All functions of an account and Region share one concurrency quota. Without a reservation, "
                    + "a burst on one function (a retry storm, a flood of events) can take every execution slot "
                    + "and throttle the payment functions next to it; a reservation both guarantees and caps the "
                    + "function's share.")
            .remediation("Set `reserved_concurrent_executions` to the peak concurrency the function needs, sized "
                    + "so that the reservations of all functions leave room in the account quota.")
            .reference("https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html")
            .compliance("NIST-800-53:SC-5").compliance("SOC2:A1.2").compliance("DORA:Art.11")
            .equivalent("checkov", "CKV_AWS_115")
            .build();

    private static final BigDecimal UNRESERVED = BigDecimal.valueOf(-1);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance function : reporter.resources(module, "aws_lambda_function")) {
            String name = function.block().address();
            var attribute = function.attribute("reserved_concurrent_executions");
            if (attribute.isEmpty() || attribute.get().value().isNull()) {
                reporter.report(function.block().header(), name + " does not set reserved_concurrent_executions, "
                        + "so it competes with every other function for the account's concurrency; reserve what "
                        + "it needs");
                continue;
            }
            if (!reporter.inThisFile(attribute.get())) continue;
            Value v = attribute.get().value();
            var at = attribute.get().source().node().span();
            if (!v.isKnown()) {
                reporter.undecided(at, "whether " + name + " has reserved concurrency", v.unknownReasons());
            } else if (v.number().map(n -> n.compareTo(UNRESERVED) == 0).orElse(false)) {
                reporter.report(at, name + " sets reserved_concurrent_executions = -1, which reserves nothing; "
                        + "set it to the concurrency the function needs");
            }
        }
    }
}
