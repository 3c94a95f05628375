package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.List;

/** A Lambda permission that lets any AWS account, or anyone at all, invoke the function. */
public final class LambdaPermissionPublic extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS245", "Function can be invoked by anyone")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_lambda_permission` whose `principal` is `*` and that sets none of "
                    + "`source_arn`, `source_account` or `principal_org_id`, the attributes that narrow who may "
                    + "use it. This holds for `lambda:InvokeFunctionUrl` too, whatever `function_url_auth_type` "
                    + "says: with `NONE` the URL is open to the internet, with `AWS_IAM` to every AWS account. "
                    + "When the principal is unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("The function's resource policy is then the only thing between any caller and the "
                    + "function's execution role: anyone can trigger payment processing, run up cost or probe "
                    + "the function's input handling.")
            .remediation("Name the calling account, service or organisation in `principal`, or keep `*` only "
                    + "together with `source_arn`, `source_account` or `principal_org_id`.")
            .reference("https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html")
            .compliance("NIST-800-53:AC-3").compliance("PCI-DSS-4.0:1.4.1").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_301")
            .build();

    /** Attributes that limit a permission to one source, account or organisation. */
    static final List<String> NARROWING = List.of("source_arn", "source_account", "principal_org_id");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance permission : reporter.resources(module, "aws_lambda_permission")) {
            var principal = permission.attribute("principal");
            if (principal.isEmpty() || !reporter.inThisFile(principal.get())) continue;
            if (NARROWING.stream().anyMatch(a -> isWritten(permission.value(a)))) continue;
            String name = permission.block().address();
            Value v = principal.get().value();
            var at = principal.get().source().node().span();
            if (!v.isKnown()) {
                reporter.undecided(at, "whether " + name + " lets anyone invoke the function", v.unknownReasons());
            } else if (v.string().map(s -> s.strip().equals("*")).orElse(false)) {
                reporter.report(at, name + " grants principal \"*\" without source_arn, source_account or "
                        + "principal_org_id: anyone can invoke the function; name the caller or add one of them");
            }
        }
    }

    /** Whether a narrowing attribute is set: written, not null, not empty (its value may be unknown). */
    static boolean isWritten(Value v) {
        if (v.isAbsent() || v.isNull()) return false;
        return !v.isKnown() || v.string().map(s -> !s.isBlank()).orElse(true);
    }
}
