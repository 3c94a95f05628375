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
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An instance, launch template or launch configuration whose metadata service still answers IMDSv1 requests. */
public final class Ec2ImdsV2NotRequired extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS123", "Instance metadata service allows IMDSv1")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_instance`, `aws_spot_instance_request`, `aws_launch_template` or "
                    + "`aws_launch_configuration` whose `metadata_options.http_tokens` is absent (the default, "
                    + "`optional`, accepts IMDSv1) or `optional`, while `http_endpoint` is not `disabled`. The finding "
                    + "points at `http_tokens`, else at the `metadata_options` block, else at the resource. When a "
                    + "value is unknown, nothing is reported (--show-unknown names the unknown inputs).")
            .rationale("IMDSv1 answers any plain GET from the host, so a server-side request forgery in a payment "
                    + "application is enough to read the instance role's temporary credentials; IMDSv2's session "
                    + "token defeats that class of attack (CIS AWS 5.6).")
            .remediation("Add `metadata_options { http_tokens = \"required\" }` (and `http_endpoint = \"enabled\"` "
                    + "when the instance needs the metadata service at all).")
            .reference("https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html")
            .compliance("NIST-800-53:AC-3").compliance("NIST-800-53:SC-7").compliance("CIS-AWS-3.0:5.6")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_79")
            .equivalent("trivy", "AVD-AWS-0028", "AVD-AWS-0130")
            .equivalent("tfsec", "aws-ec2-enforce-http-token-imds")
            .build();

    private static final List<String> TYPES = List.of("aws_instance", "aws_spot_instance_request",
            "aws_launch_template", "aws_launch_configuration");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (String type : TYPES) {
            for (ResourceInstance r : reporter.resources(module, type)) judge(r, reporter);
        }
    }

    private static void judge(ResourceInstance r, Reporter reporter) {
        String name = r.address();
        String question = "whether " + name + " requires IMDSv2";
        List<EvaluatedBlock> blocks = r.blocks("metadata_options");
        if (blocks.isEmpty()) {
            reporter.report(r.block().header(), name + " has no metadata_options, so its metadata service accepts "
                    + "IMDSv1; add metadata_options { http_tokens = \"required\" }");
            return;
        }
        EvaluatedBlock options = blocks.get(0);
        if (!reporter.inThisFile(options.source().file())) return;
        Span blockSpan = options.source().node().typeSpan();
        if (options.undecided().isPresent()) {
            reporter.undecided(blockSpan, question, options.undecided().get().unknownReasons());
            return;
        }
        Value endpoint = value(options, "http_endpoint");
        Optional<EvaluatedAttribute> tokens = options.attribute("http_tokens");
        Value tokenValue = value(options, "http_tokens");
        List<String> unknown = new ArrayList<>();
        if (!endpoint.isKnown() && !endpoint.isAbsent()) unknown.addAll(endpoint.unknownReasons());
        if (text(endpoint).equals("disabled")) return;
        if (!tokenValue.isKnown() && !tokenValue.isAbsent()) unknown.addAll(tokenValue.unknownReasons());
        String tokenText = text(tokenValue);
        if (tokenText.equals("required")) return;
        if (!unknown.isEmpty()) {
            reporter.undecided(tokens.map(a -> a.source().node().span()).orElse(blockSpan), question, unknown);
            return;
        }
        if (tokens.isEmpty() || tokenValue.isNull()) {
            reporter.report(blockSpan, name + " does not set http_tokens, so its metadata service accepts IMDSv1; "
                    + "set http_tokens = \"required\"");
        } else if (tokenText.equals("optional")) {
            reporter.report(tokens.get().source().node().span(), name + " sets http_tokens = \"optional\", so its "
                    + "metadata service accepts IMDSv1; set it to \"required\"");
        }
    }

    private static Value value(EvaluatedBlock block, String name) {
        return block.attribute(name).map(EvaluatedAttribute::value).orElse(Value.absent(name));
    }

    private static String text(Value v) {
        return v.string().map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse("");
    }
}
