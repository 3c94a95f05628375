package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.hcl.Attribute;
import dev.opsmith.format.terraform.hcl.Block;
import dev.opsmith.format.terraform.hcl.Expression;
import dev.opsmith.format.terraform.module.Located;
import dev.opsmith.format.terraform.module.ModuleBlock;

import java.util.List;
import java.util.Optional;

/**
 * A provider constraint such as {@code ">= 4.0"} accepts every future major release, so a routine
 * {@code terraform init -upgrade} can move a root module onto a provider with breaking changes.
 */
public final class ProviderVersionWithoutUpperBound extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("TF003", "Provider constraint has no upper bound")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("A `required_providers` entry whose `version` is made only of lower bounds (`>=`, `>`, "
                    + "possibly with `!=` exclusions), for example `\">= 4.0\"`; both the object form "
                    + "`{ source, version }` and the legacy string form are read. Constraints with `~>`, `<`, `<=`, "
                    + "`=` or a bare version are bounded. Checked in root modules only (folders no other scanned module calls), which the modules they call inherit from.")
            .rationale("The lock file pins a provider until someone upgrades; without an upper bound the upgrade "
                    + "can silently cross a major version whose breaking changes alter or replace resources.")
            .remediation("Bound the constraint, usually with the pessimistic operator (`version = \"~> 5.40\"`) or "
                    + "an explicit range (`\">= 5.40, < 6.0\"`).")
            .reference("https://developer.hashicorp.com/terraform/language/expressions/version-constraints")
            .compliance("NIST-800-53:CM-2").compliance("SOC2:CC8.1").compliance("DORA:Art.9(4)(e)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        if (!reporter.isRoot()) return; // a called module inherits these settings from its root
        for (ModuleBlock terraform : module.module().blocks("terraform")) {
            for (Located<Block> required : terraform.blocks("required_providers")) {
                if (!reporter.inThisFile(required.file())) continue;
                for (Attribute entry : required.node().body().attributes()) {
                    versionOf(entry.value()).ifPresent(version -> judge(entry.name(), version, reporter));
                }
            }
        }
    }

    /** The version expression of an entry: the string itself (legacy form) or its {@code version} item. */
    private static Optional<Expression> versionOf(Expression entry) {
        if (entry instanceof Expression.Template) return Optional.of(entry);
        if (entry instanceof Expression.ObjectCons object) {
            return object.items().stream().filter(i -> i.literalKey().filter("version"::equals).isPresent())
                    .map(Expression.ObjectItem::value).findFirst();
        }
        return Optional.empty();
    }

    private static void judge(String provider, Expression version, Reporter reporter) {
        Optional<String> text = TerraformSettings.literal(version);
        if (text.isEmpty()) {
            reporter.undecided(version.span(), "whether the " + provider + " provider constraint has an upper bound",
                    List.of("required_providers." + provider + ".version: " + TerraformSettings.NOT_LITERAL));
        } else if (onlyLowerBounds(text.get())) {
            reporter.report(version.span(), "provider " + provider + " constraint \"" + text.get()
                    + "\" has no upper bound; use `~>` or add a `<` term");
        }
    }

    /** Whether every term is {@code >=}, {@code >} or {@code !=}, with at least one lower bound. */
    static boolean onlyLowerBounds(String constraint) {
        boolean lower = false;
        for (String raw : constraint.split(",")) {
            String term = raw.strip();
            if (term.isEmpty()) continue;
            if (term.startsWith(">")) {
                lower = true;
            } else if (!term.startsWith("!=")) {
                return false;
            }
        }
        return lower;
    }
}
