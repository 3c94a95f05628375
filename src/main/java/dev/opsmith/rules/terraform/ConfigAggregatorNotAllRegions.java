package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A Config aggregator source that gathers data from some regions only. */
public final class ConfigAggregatorNotAllRegions extends TerraformRule {
    static final String REGIONS = "regions";

    static final RuleMeta META = RuleMeta.builder("AWS321", "Config aggregator misses regions")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_config_configuration_aggregator` whose `account_aggregation_source` or "
                    + "`organization_aggregation_source` does not set `all_regions = true`. With the setting "
                    + "`regions` (`rules.settings.AWS321.regions`, the regions the organisation uses), a source "
                    + "whose `regions` list names every one of them is accepted too. Unknown values are left "
                    + "undecided.")
            .rationale("Attackers favour regions nobody watches; an aggregator limited to the usual regions hides "
                    + "resources created elsewhere from the central compliance view.")
            .remediation("Set `all_regions = true` in the aggregation source (and remove `regions`).")
            .reference("https://docs.aws.amazon.com/config/latest/developerguide/aggregate-data.html")
            .compliance("NIST-800-53:CM-8").compliance("CIS-AWS-3.0:3.3")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .equivalent("checkov", "CKV_AWS_121")
            .equivalent("trivy", "AVD-AWS-0019")
            .equivalent("tfsec", "aws-config-aggregate-all-regions")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        Set<String> required = new LinkedHashSet<>();
        for (String r : reporter.setting(REGIONS)) {
            for (String part : r.split(",")) if (!part.isBlank()) required.add(part.strip());
        }
        for (ResourceInstance aggregator : reporter.resources(module, "aws_config_configuration_aggregator")) {
            String name = aggregator.block().address();
            List<EvaluatedBlock> sources = new ArrayList<>(aggregator.blocks("account_aggregation_source"));
            sources.addAll(aggregator.blocks("organization_aggregation_source"));
            for (EvaluatedBlock source : sources) {
                if (!reporter.inThisFile(source.source().file())) continue;
                var at = source.source().node().typeSpan();
                if (source.undecided().isPresent()) {
                    reporter.undecided(at, "whether " + name + " aggregates all regions",
                            source.undecided().get().unknownReasons());
                    continue;
                }
                Value all = source.attribute("all_regions").map(a -> a.value()).orElse(Value.absent("all_regions"));
                if (!all.isKnown() && !all.isAbsent()) {
                    reporter.undecided(at, "whether " + name + " aggregates all regions", all.unknownReasons());
                    continue;
                }
                if (all.isTrue()) continue;
                List<String> missing = new ArrayList<>();
                if (!required.isEmpty()) {
                    Value listed = source.attribute("regions").map(a -> a.value()).orElse(Value.absent("regions"));
                    if (!listed.isKnown() && !listed.isAbsent()) {
                        reporter.undecided(at, "whether " + name + " aggregates all regions",
                                listed.unknownReasons());
                        continue;
                    }
                    Set<String> have = new LinkedHashSet<>();
                    if (listed.isKnown()) for (Value item : listed.items()) item.string().ifPresent(have::add);
                    for (String r : required) if (!have.contains(r)) missing.add(r);
                    if (missing.isEmpty()) continue;
                }
                reporter.report(at, name + " aggregates " + (missing.isEmpty() ? "only some regions"
                        : "without " + String.join(", ", missing)) + "; set all_regions = true in its "
                        + source.type());
            }
        }
    }
}
