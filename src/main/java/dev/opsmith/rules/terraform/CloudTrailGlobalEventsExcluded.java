package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.Optional;

/** A trail that leaves out IAM, STS and other global service events where no other trail records them. */
public final class CloudTrailGlobalEventsExcluded extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS217", "Trail excludes global service events")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_cloudtrail` with `include_global_service_events = false` that is multi-region, "
                    + "or that is the only trail of a root module. A single-region trail beside others may leave "
                    + "global events out on purpose (to avoid recording them twice) and is not reported. When the "
                    + "flag or `is_multi_region_trail` is unknown, nothing is reported; --show-unknown names the "
                    + "unknown input.")
            .rationale("Global services (IAM, STS, CloudFront) deliver their events to trails that include global "
                    + "events; a trail that excludes them loses user, role and policy changes and credential "
                    + "issuance, the first things an investigation looks at.")
            .remediation("Remove `include_global_service_events` (the default is true) or set it to true.")
            .reference("https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html#cloudtrail-concepts-global-service-events")
            .compliance("NIST-800-53:AU-2").compliance("SOC2:CC7.2").compliance("SOC2:CC7.3")
            .compliance("DORA:Art.10(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        boolean onlyTrailOfRoot = reporter.isRoot() && module.resources("aws_cloudtrail").size() == 1;
        for (ResourceInstance trail : reporter.resources(module, "aws_cloudtrail")) {
            String name = trail.block().address();
            String question = "whether " + name + " loses global service events";
            Optional<EvaluatedAttribute> global = trail.attribute("include_global_service_events");
            if (global.isEmpty() || !reporter.inThisFile(global.get())) continue;
            var where = global.get().source().node().span();
            Value v = global.get().value();
            if (!v.isKnown()) {
                reporter.undecided(where, question, v.unknownReasons());
                continue;
            }
            if (!v.isFalse()) continue;
            Value multi = trail.value("is_multi_region_trail");
            if (multi.isTrue()) {
                reporter.report(where, name + " is multi-region but sets include_global_service_events = false, so "
                        + "IAM and STS events are not recorded; set it to true");
            } else if (onlyTrailOfRoot) {
                reporter.report(where, name + " is the only trail and sets include_global_service_events = false, "
                        + "so IAM and STS events are not recorded; set it to true");
            } else if (!multi.isKnown() && !multi.isAbsent()) {
                reporter.undecided(where, question, multi.unknownReasons());
            }
        }
    }
}
