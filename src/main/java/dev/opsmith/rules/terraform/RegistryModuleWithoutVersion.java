package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.module.ModuleBlock;

import java.util.List;
import java.util.Optional;

/**
 * A module fetched from a registry with no {@code version}: every {@code terraform init -upgrade} (and every fresh
 * clone) takes the newest release, so the code that runs is not the code that was reviewed.
 */
public final class RegistryModuleWithoutVersion extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("TF006", "Registry module called without `version`")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("A `module` block whose `source` is a module registry address (`namespace/name/provider` "
                    + "or `host/namespace/name/provider`) and that has no `version` argument. Local paths and Git, "
                    + "HTTP or bucket sources are not judged here (see TF007).")
            .rationale("Without a constraint Terraform installs the latest published release of the module, "
                    + "including major versions that change resources, so a plan can differ from one run to the next "
                    + "without any change in the repository.")
            .remediation("Add `version` with an exact version or a pessimistic constraint (`version = \"~> 5.1\"`) "
                    + "and upgrade deliberately.")
            .reference("https://developer.hashicorp.com/terraform/language/modules/syntax#version")
            .compliance("NIST-800-53:CM-2").compliance("NIST-800-53:SA-10")
            .compliance("SOC2:CC8.1").compliance("DORA:Art.9(4)(e)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ModuleBlock call : module.module().moduleCalls()) {
            if (!reporter.inThisFile(call.file()) || call.attribute("version").isPresent()) continue;
            call.attribute("source").ifPresent(source -> {
                var value = source.node().value();
                Optional<String> text = TerraformSettings.literal(value);
                if (text.isEmpty()) {
                    reporter.undecided(value.span(), "whether " + call.address() + " comes from a registry",
                            List.of(call.address() + ".source: " + TerraformSettings.NOT_LITERAL));
                } else if (TerraformSettings.isRegistrySource(text.get())) {
                    reporter.report(value.span(), call.address() + " takes registry module " + text.get()
                            + " without `version`; pin a version or a `~>` constraint");
                }
            });
        }
    }
}
