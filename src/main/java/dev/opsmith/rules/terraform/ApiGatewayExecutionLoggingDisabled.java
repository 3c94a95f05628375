package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.Link;
import dev.opsmith.rules.terraform.support.References;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A REST API stage whose execution log (API Gateway's own CloudWatch log of each request's processing) is off:
 * no stage-wide ({@code method_path = "*}{@code /*"}) method settings, or settings with logging off.
 */
public final class ApiGatewayExecutionLoggingDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS266", "REST stage without execution logging")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_api_gateway_stage` that no `aws_api_gateway_method_settings` with `method_path = "
                    + "\"*/*\"` refers to (by `stage_name`, and `rest_api_id` when both name an API), or stage-wide "
                    + "method settings whose `settings.logging_level` is absent (execution logging then stays off) "
                    + "or `OFF`. `INFO` and `ERROR` are accepted. When a method settings resource cannot be linked "
                    + "or the level is unknown, nothing is reported; --show-unknown names the unknown inputs.")
            .rationale("Execution logs show how API Gateway handled each request: authoriser decisions, request "
                    + "validation failures, integration errors and latencies. Access logs say that a call failed; "
                    + "execution logs say why.")
            .remediation("Add `aws_api_gateway_method_settings` for the stage with `method_path = \"*/*\"` and "
                    + "`settings { logging_level = \"ERROR\" metrics_enabled = true }` (the account also needs an "
                    + "`aws_api_gateway_account` with a CloudWatch role). Avoid `data_trace_enabled` in production: "
                    + "it logs full request bodies.")
            .reference("https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html")
            .compliance("NIST-800-53:AU-12").compliance("SOC2:CC7.2").compliance("SOC2:CC7.3")
            .compliance("DORA:Art.10(1)")
            .equivalent("checkov", "CKV2_AWS_4")
            .build();

    private static final String ALL_METHODS = "*/*";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        List<ResourceInstance> allSettings = module.resources("aws_api_gateway_method_settings");
        List<ResourceInstance> apis = module.resources("aws_api_gateway_rest_api");
        for (ResourceInstance stage : reporter.resources(module, "aws_api_gateway_stage")) {
            List<String> unknown = new ArrayList<>();
            boolean covered = false;
            for (ResourceInstance settings : allSettings) {
                Value path = settings.value("method_path");
                if (!path.isKnown()) {
                    unknown.addAll(path.unknownReasons());
                    continue;
                }
                if (!path.string().map(ALL_METHODS::equals).orElse(false)) continue;
                Link link = References.link(settings.value("stage_name"), List.of(stage), "stage_name");
                if (link.isUnknown()) {
                    unknown.addAll(link.unknownReasons());
                } else if (link.isLinked() && sameApi(settings, stage, apis)) {
                    covered = true;
                } else if (!link.isLinked() && !stage.value("stage_name").isKnown()) {
                    unknown.addAll(stage.value("stage_name").unknownReasons());
                }
            }
            if (covered) continue;
            String name = stage.block().address();
            if (!unknown.isEmpty()) {
                reporter.undecided(stage.block().header(), "whether " + name + " has execution logging", unknown);
            } else {
                reporter.report(stage.block().header(), name + " has no stage-wide method settings, so execution "
                        + "logging is off; add aws_api_gateway_method_settings with method_path = \"*/*\" and "
                        + "logging_level = \"ERROR\" or \"INFO\"");
            }
        }
        for (ResourceInstance settings : reporter.resources(module, "aws_api_gateway_method_settings")) {
            if (!settings.value("method_path").string().map(ALL_METHODS::equals).orElse(false)) continue;
            judgeLevel(settings, reporter);
        }
    }

    /** Whether the two name the same REST API, or at least are not known to name different ones. */
    private static boolean sameApi(ResourceInstance settings, ResourceInstance stage, List<ResourceInstance> apis) {
        Value a = settings.value("rest_api_id");
        Value b = stage.value("rest_api_id");
        Link la = References.link(a, apis, "name");
        Link lb = References.link(b, apis, "name");
        if (la.isLinked() && lb.isLinked()) return la.target().get().equals(lb.target().get());
        if (a.isKnown() && b.isKnown() && a.string().isPresent() && b.string().isPresent()) {
            return a.string().get().equals(b.string().get());
        }
        return true;
    }

    private static void judgeLevel(ResourceInstance settings, Reporter reporter) {
        String name = settings.block().address();
        String question = "whether " + name + " turns execution logging on";
        NestedBlock.Result block = NestedBlock.find(settings, "settings");
        switch (block.state()) {
            case UNDECIDED -> reporter.undecided(block.nearest(), question, block.unknownReasons());
            case MISSING -> reporter.report(settings.block().header(), name + " has no settings block, so "
                    + "execution logging is off; add settings { logging_level = \"ERROR\" }");
            case FOUND -> {
                if (!reporter.inThisFile(block.block().get().source().file())) return;
                Optional<EvaluatedAttribute> level = block.block().get().attribute("logging_level");
                if (level.isEmpty() || level.get().value().isNull()) {
                    reporter.report(block.nearest(), name + " does not set logging_level, so execution logging is "
                            + "off; set logging_level = \"ERROR\" or \"INFO\"");
                    return;
                }
                if (!reporter.inThisFile(level.get())) return;
                Value v = level.get().value();
                if (v.string().map("OFF"::equalsIgnoreCase).orElse(false)) {
                    reporter.report(level.get().source().node().span(), name + " sets logging_level = \"OFF\"; set "
                            + "it to \"ERROR\" or \"INFO\"");
                } else if (!v.isKnown()) {
                    reporter.undecided(level.get().source().node().span(), question, v.unknownReasons());
                }
            }
        }
    }
}
