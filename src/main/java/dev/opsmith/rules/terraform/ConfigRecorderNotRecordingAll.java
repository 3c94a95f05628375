package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.hcl.Expression;
import dev.opsmith.format.terraform.module.ModuleBlock;
import dev.opsmith.format.terraform.value.Value;

import java.util.List;
import java.util.Optional;

/**
 * A Config recorder that records only some resource types, or that leaves out global resources (IAM) in the
 * region chosen to record them.
 */
public final class ConfigRecorderNotRecordingAll extends TerraformRule {
    static final String HOME_REGION = "homeRegion";

    static final RuleMeta META = RuleMeta.builder("AWS319", "Config recorder does not record all resource types")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_config_configuration_recorder` whose `recording_group` sets `all_supported = "
                    + "false` without a `recording_strategy` of `EXCLUSION_BY_RESOURCE_TYPES` (an explicit, "
                    + "reviewable list of what is left out). With the setting `homeRegion` "
                    + "(`rules.settings.AWS319.homeRegion`), the recorder of that region must also set "
                    + "`include_global_resource_types = true` (default false); the region is taken from the "
                    + "resource's `region` argument or a literal `region` of its provider block, and the second "
                    + "check is skipped when it cannot be known. Unknown values are left undecided.")
            .rationale("Config's history is the evidence of who changed what and when; resource types it does not "
                    + "record (and IAM users, roles and policies, which are global) have no configuration "
                    + "timeline for an audit or an incident.")
            .remediation("Set `all_supported = true` in `recording_group` (or use `recording_strategy { use_only = "
                    + "\"EXCLUSION_BY_RESOURCE_TYPES\" }` with an `exclusion_by_resource_types` list), and "
                    + "`include_global_resource_types = true` in one region.")
            .reference("https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html")
            .compliance("NIST-800-53:CM-8").compliance("NIST-800-53:AU-12").compliance("CIS-AWS-3.0:3.3")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .equivalent("checkov", "CKV2_AWS_48")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        String home = reporter.setting(HOME_REGION).stream().map(String::strip).filter(s -> !s.isEmpty())
                .findFirst().orElse(null);
        for (ResourceInstance recorder : reporter.resources(module, "aws_config_configuration_recorder")) {
            String name = recorder.block().address();
            List<EvaluatedBlock> groups = recorder.blocks("recording_group");
            EvaluatedBlock group = groups.isEmpty() ? null : groups.get(0);
            if (group != null && !reporter.inThisFile(group.source().file())) continue;
            if (group != null && group.undecided().isPresent()) {
                reporter.undecided(group.source().node().typeSpan(), "what " + name + " records",
                        group.undecided().get().unknownReasons());
                continue;
            }
            if (group != null) checkAllSupported(reporter, name, group);
            if (home != null) checkGlobal(module, reporter, recorder, group, home);
        }
    }

    private static void checkAllSupported(Reporter reporter, String name, EvaluatedBlock group) {
        var allSupported = group.attribute("all_supported");
        if (allSupported.isEmpty() || allSupported.get().value().isNull()) return;
        Value v = allSupported.get().value();
        var at = allSupported.get().source().node().span();
        if (!v.isKnown()) {
            reporter.undecided(at, "whether " + name + " records all resource types", v.unknownReasons());
            return;
        }
        if (!v.isFalse()) return;
        for (EvaluatedBlock strategy : group.blocks("recording_strategy")) {
            Value useOnly = strategy.attribute("use_only").map(a -> a.value()).orElse(Value.absent("use_only"));
            if (!useOnly.isKnown() && !useOnly.isAbsent()) {
                reporter.undecided(at, "whether " + name + " records all resource types", useOnly.unknownReasons());
                return;
            }
            if (useOnly.string().map("EXCLUSION_BY_RESOURCE_TYPES"::equals).orElse(false)) return;
        }
        reporter.report(at, name + " sets all_supported = false and records only the listed resource types; set "
                + "all_supported = true or record by an explicit exclusion list");
    }

    private static void checkGlobal(EvaluatedModule module, Reporter reporter, ResourceInstance recorder,
                                    EvaluatedBlock group, String home) {
        Optional<String> region = region(module, recorder);
        if (region.isEmpty() || !region.get().equals(home)) return;
        String name = recorder.block().address();
        String message = name + " records " + home + ", the home region, without global resources (IAM); set "
                + "include_global_resource_types = true in its recording_group";
        if (group == null) {
            reporter.report(recorder.block().header(), message);
            return;
        }
        var include = group.attribute("include_global_resource_types");
        if (include.isEmpty() || include.get().value().isNull()) {
            reporter.report(group.source().node().typeSpan(), message);
            return;
        }
        Value v = include.get().value();
        var at = include.get().source().node().span();
        if (!v.isKnown()) {
            reporter.undecided(at, "whether " + name + " records global resources", v.unknownReasons());
        } else if (v.isFalse()) {
            reporter.report(at, message);
        }
    }

    /** The recorder's region: its own {@code region} argument, else a literal region of the provider it uses. */
    private static Optional<String> region(EvaluatedModule module, ResourceInstance recorder) {
        Value own = recorder.value("region");
        if (!own.isAbsent() && !own.isNull()) return own.string();
        String alias = recorder.block().attribute("provider")
                .map(a -> providerAlias(a.node().value())).orElse("");
        for (ModuleBlock provider : module.module().blocks("provider")) {
            if (!provider.labels().equals(List.of("aws"))) continue;
            String providerAlias = provider.attribute("alias")
                    .flatMap(a -> literal(a.node().value())).orElse("");
            if (!providerAlias.equals(alias)) continue;
            return provider.attribute("region").flatMap(a -> literal(a.node().value()));
        }
        return Optional.empty();
    }

    private static String providerAlias(Expression e) {
        return e instanceof Expression.GetAttr g && g.target() instanceof Expression.Variable v
                && v.name().equals("aws") ? g.name() : "?";
    }

    private static Optional<String> literal(Expression e) {
        return e instanceof Expression.Template t ? t.literalValue() : Optional.empty();
    }
}
