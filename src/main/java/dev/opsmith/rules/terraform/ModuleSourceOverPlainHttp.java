package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.module.ModuleBlock;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A module downloaded over {@code http://}: anyone on the network path can substitute the code that
 * {@code terraform apply} then runs with the pipeline's cloud credentials.
 */
public final class ModuleSourceOverPlainHttp extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("TF009", "Module fetched over plain HTTP")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("A `module` block whose `source` is an `http://` URL, with or without a forced getter "
                    + "(`git::http://…`, `hg::http://…`). HTTPS, SSH (`git@…`, `ssh://`), registry addresses and "
                    + "local paths are not reported.")
            .rationale("Plain HTTP has neither confidentiality nor integrity: a proxy or an attacker on the path "
                    + "can serve altered module code, which then creates or changes infrastructure with the "
                    + "deployment role's permissions.")
            .remediation("Fetch the module over HTTPS or SSH (`git::https://…?ref=v1.2.3`, `git::ssh://…`), or "
                    + "publish it to a private registry.")
            .reference("https://developer.hashicorp.com/terraform/language/modules/sources#http-urls")
            .compliance("NIST-800-53:SC-8").compliance("NIST-800-53:SI-7")
            .compliance("SOC2:CC8.1").compliance("DORA:Art.9(4)(e)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ModuleBlock call : module.module().moduleCalls()) {
            if (!reporter.inThisFile(call.file())) continue;
            call.attribute("source").ifPresent(source -> {
                var value = source.node().value();
                Optional<String> text = TerraformSettings.literal(value);
                if (text.isEmpty()) {
                    reporter.undecided(value.span(), "whether " + call.address() + " is fetched over TLS",
                            List.of(call.address() + ".source: " + TerraformSettings.NOT_LITERAL));
                } else if (TerraformSettings.withoutForcedGetter(text.get()).toLowerCase(Locale.ROOT)
                        .startsWith("http://")) {
                    reporter.report(value.span(), call.address() + " is fetched over plain HTTP; "
                            + "use HTTPS or SSH so the module code cannot be altered in transit");
                }
            });
        }
    }
}
