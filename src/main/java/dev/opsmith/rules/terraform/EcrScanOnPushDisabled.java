package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An ECR repository whose images are not scanned for vulnerabilities when pushed, neither by its own
 * {@code scan_on_push} nor by a registry-level scanning rule covering it.
 */
public final class EcrScanOnPushDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS236", "Images are not scanned on push")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_ecr_repository` whose `image_scanning_configuration.scan_on_push` is absent "
                    + "(default false) or false, when no `aws_ecr_registry_scanning_configuration` of the module has "
                    + "a `rule` with `scan_frequency` `SCAN_ON_PUSH` or `CONTINUOUS_SCAN` whose `repository_filter` "
                    + "(wildcards allowed) matches the repository's name. An unknown repository name, filter or "
                    + "flag is left undecided.")
            .rationale("Scanning at push time reports known-vulnerable packages before the image is deployed, and "
                    + "gives the evidence of vulnerability management that PCI DSS asks for on payment software.")
            .remediation("Set `image_scanning_configuration { scan_on_push = true }`, or (preferred with Amazon "
                    + "Inspector) an `aws_ecr_registry_scanning_configuration` with `scan_type = \"ENHANCED\"` and a "
                    + "`CONTINUOUS_SCAN` rule covering the repositories.")
            .reference("https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html")
            .compliance("NIST-800-53:RA-5").compliance("NIST-800-53:SI-2").compliance("PCI-DSS-4.0:6.3.1")
            .compliance("PCI-DSS-4.0:11.3.1").compliance("SOC2:CC8.1").compliance("DORA:Art.9(4)(e)")
            .build();

    private static final Set<String> SCANNING = Set.of("SCAN_ON_PUSH", "CONTINUOUS_SCAN");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance repository : reporter.resources(module, "aws_ecr_repository")) {
            String name = repository.block().address();
            String question = "whether " + name + " is scanned on push";
            List<EvaluatedBlock> configs = repository.blocks("image_scanning_configuration");
            Span at = repository.block().header();
            String message = name + " has no image_scanning_configuration and no registry scanning rule covers it, "
                    + "so pushed images are not scanned; set scan_on_push = true";
            if (!configs.isEmpty()) {
                EvaluatedBlock config = configs.get(0);
                if (!reporter.inThisFile(config.source().file())) continue;
                if (config.undecided().isPresent()) {
                    reporter.undecided(config.source().node().typeSpan(), question,
                            config.undecided().get().unknownReasons());
                    continue;
                }
                var flag = config.attribute("scan_on_push");
                if (flag.isPresent() && !flag.get().value().isNull()) {
                    Value v = flag.get().value();
                    if (!v.isKnown()) {
                        reporter.undecided(flag.get().source().node().span(), question, v.unknownReasons());
                        continue;
                    }
                    if (v.isTrue()) continue;
                    at = flag.get().source().node().span();
                    message = name + " sets scan_on_push = false and no registry scanning rule covers it, so pushed "
                            + "images are not scanned; set it to true";
                } else {
                    at = config.source().node().typeSpan();
                    message = name + " does not set scan_on_push (default false) and no registry scanning rule "
                            + "covers it; set scan_on_push = true";
                }
            }
            List<String> unknown = new ArrayList<>();
            if (registryScans(module, repository.value("name"), unknown)) continue;
            if (!unknown.isEmpty()) reporter.undecided(at, question, unknown);
            else reporter.report(at, message);
        }
    }

    /** Whether a registry-level rule scans the repository at push time; unknown inputs are collected. */
    private static boolean registryScans(EvaluatedModule module, Value repositoryName, List<String> unknown) {
        for (ResourceInstance registry : module.resources("aws_ecr_registry_scanning_configuration")) {
            for (EvaluatedBlock rule : registry.blocks("rule")) {
                if (rule.undecided().isPresent()) {
                    unknown.addAll(rule.undecided().get().unknownReasons());
                    continue;
                }
                Value frequency = rule.attribute("scan_frequency").map(a -> a.value()).orElse(Value.absent("f"));
                if (!frequency.isKnown()) {
                    unknown.addAll(frequency.unknownReasons());
                    continue;
                }
                if (!frequency.string().map(SCANNING::contains).orElse(false)) continue;
                for (EvaluatedBlock filter : rule.blocks("repository_filter")) {
                    Value pattern = filter.attribute("filter").map(a -> a.value()).orElse(Value.absent("filter"));
                    if (!pattern.isKnown() || !repositoryName.isKnown()) {
                        unknown.addAll(pattern.unknownReasons());
                        unknown.addAll(repositoryName.unknownReasons());
                        continue;
                    }
                    String p = pattern.string().orElse("");
                    if (wildcard(p).matcher(repositoryName.string().orElse("")).matches()) return true;
                }
            }
        }
        return false;
    }

    private static Pattern wildcard(String filter) {
        StringBuilder regex = new StringBuilder();
        for (String part : filter.split("\\*", -1)) {
            if (!regex.isEmpty()) regex.append(".*");
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
