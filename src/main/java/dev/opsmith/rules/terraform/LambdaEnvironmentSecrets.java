package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.hcl.Expression;
import dev.opsmith.format.terraform.value.Origin;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.SecretPatterns;

import java.util.Map;
import java.util.Optional;

/** A credential written into a Lambda function's environment variables. */
public final class LambdaEnvironmentSecrets extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS243", "Secret in a function's environment variables")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An entry of an `aws_lambda_function`'s `environment.variables` whose name announces a "
                    + "credential (`DB_PASSWORD`, `PSP_API_KEY`, `AUTH_TOKEN`; not `..._ARN`, `..._NAME`, "
                    + "`..._PATH`) and whose value is written in the configuration (a literal, a variable default "
                    + "or a tfvars value) and is not a placeholder, an ARN or a path; or any entry whose value is "
                    + "a credential of a well-known format (AWS key id, GitHub or Slack token, JWT, PEM private "
                    + "key). Values from variables without a value, data sources or other resources "
                    + "(`random_password`, a secret version) are not written in the code and are never reported. "
                    + "The message shows only the value's first two characters and its length.")
            .rationale("Environment variables are stored in the Terraform state, shown in plan output and returned "
                    + "to anyone allowed `lambda:GetFunctionConfiguration`; a credential written there also stays "
                    + "in the repository's history. It cannot be rotated without a code change.")
            .remediation("Store the credential in Secrets Manager or as an SSM SecureString, pass only its ARN or "
                    + "name in the environment (`DB_PASSWORD_SECRET_ARN`), and read it at run time (the "
                    + "Parameters and Secrets Lambda extension caches it). Rotate the exposed credential.")
            .reference("https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html")
            .compliance("NIST-800-53:IA-5").compliance("NIST-800-53:SC-28").compliance("PCI-DSS-4.0:8.3.2")
            .compliance("SOC2:CC6.1").compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_45")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance function : reporter.resources(module, "aws_lambda_function")) {
            String name = function.block().address();
            for (EvaluatedBlock environment : function.blocks("environment")) {
                Optional<EvaluatedAttribute> variables = environment.attribute("variables");
                if (variables.isEmpty() || !reporter.inThisFile(variables.get())) continue;
                Value map = variables.get().value();
                if (!map.isKnown()) continue;
                for (Map.Entry<String, Value> entry : map.entries().entrySet()) {
                    Optional<String> text = entry.getValue().string();
                    if (text.isEmpty()) continue;
                    Optional<String> secret = SecretPatterns.secretIn(entry.getKey(), text.get());
                    if (secret.isEmpty()) continue;
                    reporter.report(where(entry.getKey(), entry.getValue(), variables.get()), name + " sets environment variable "
                                    + entry.getKey() + " to a hard-coded secret " + SecretPatterns.redact(secret.get())
                                    + "; keep it in Secrets Manager or SSM and read it at run time")
                            .ifPresent(r -> r.secret(secret.get()).secret(text.get()));
                }
            }
        }
    }

    /**
     * The entry's value when it is written inside the {@code variables} attribute; else the entry of the map
     * literal with that key (its value comes from a variable default or a local); else the attribute.
     */
    private static Span where(String key, Value value, EvaluatedAttribute variables) {
        Span attribute = variables.source().node().span();
        Optional<Origin> origin = value.origin();
        if (origin.isPresent() && origin.get().file().equals(variables.source().file().relativePath())
                && attribute.contains(origin.get().span())) {
            return origin.get().span();
        }
        if (variables.source().node().value() instanceof Expression.ObjectCons map) {
            for (Expression.ObjectItem item : map.items()) {
                if (item.literalKey().map(key::equals).orElse(false)) return item.value().span();
            }
        }
        return attribute;
    }
}
