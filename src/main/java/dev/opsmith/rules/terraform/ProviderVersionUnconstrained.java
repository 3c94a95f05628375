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
import dev.opsmith.format.terraform.module.TerraformModule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A provider the module uses with no version constraint: the first {@code terraform init} (or any
 * {@code init -upgrade}) installs whatever release is newest, including a new major version.
 */
public final class ProviderVersionUnconstrained extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("TF002", "Provider used without a version constraint")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("A provider used by a resource or data source (by its type prefix or its `provider` "
                    + "argument) or configured by a `provider` block, whose `required_providers` entry is missing or "
                    + "has no `version` (object form `{ source, version }` and legacy string form). The built-in "
                    + "`terraform` provider is not judged. Checked in root modules only (folders no other scanned module calls), which the modules they call inherit from.")
            .rationale("An unconstrained provider is resolved at init time: a fresh clone or a new CI runner can get "
                    + "a release with different defaults or breaking changes, and the plan changes without any change "
                    + "in the repository.")
            .remediation("Declare the provider in `terraform { required_providers { ... } }` with its `source` and "
                    + "a bounded `version` (`version = \"~> 5.40\"`), and commit `.terraform.lock.hcl`.")
            .reference("https://developer.hashicorp.com/terraform/language/providers/requirements")
            .compliance("PCI-DSS-4.0:6.3.2").compliance("NIST-800-53:CM-2").compliance("NIST-800-53:SA-10")
            .compliance("SOC2:CC8.1").compliance("DORA:Art.9(4)(e)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        if (!reporter.isRoot()) return; // a called module inherits these settings from its root
        TerraformModule tf = module.module();
        Map<String, Located<Attribute>> entries = requirements(tf);
        Optional<ModuleBlock> settings = tf.blocks("terraform").stream().findFirst();
        firstUsers(tf).forEach((provider, user) -> {
            Located<Attribute> entry = entries.get(provider);
            if (entry != null) {
                if (hasVersion(entry.node().value()) || !reporter.inThisFile(entry.file())) return;
                reporter.report(entry.node().span(), "required_providers entry \"" + provider
                        + "\" has no version; add a bounded constraint such as \"~> 5.40\"");
                return;
            }
            ModuleBlock where = settings.orElse(user);
            if (!reporter.inThisFile(where.file())) return;
            reporter.report(where.header(), "provider \"" + provider + "\" is used without a required_providers "
                    + "entry, so any release may be installed; declare its source and a bounded version");
        });
    }

    /** Every {@code required_providers} entry by local name (a later declaration of a name wins, as in merging). */
    private static Map<String, Located<Attribute>> requirements(TerraformModule module) {
        Map<String, Located<Attribute>> entries = new LinkedHashMap<>();
        for (ModuleBlock terraform : module.blocks("terraform")) {
            for (Located<Block> required : terraform.blocks("required_providers")) {
                for (Attribute entry : required.node().body().attributes()) {
                    entries.put(entry.name(), new Located<>(entry, required.file()));
                }
            }
        }
        return entries;
    }

    private static boolean hasVersion(Expression entry) {
        if (entry instanceof Expression.Template) return true;
        if (entry instanceof Expression.ObjectCons object) {
            return object.items().stream().anyMatch(i -> i.literalKey().filter("version"::equals).isPresent());
        }
        return true;
    }

    /** Each provider local name the module uses, with the first block that uses it, in declaration order. */
    private static Map<String, ModuleBlock> firstUsers(TerraformModule module) {
        Map<String, ModuleBlock> users = new LinkedHashMap<>();
        for (ModuleBlock block : module.blocks()) {
            providerOf(block).filter(p -> !p.equals("terraform")).ifPresent(p -> users.putIfAbsent(p, block));
        }
        return users;
    }

    private static Optional<String> providerOf(ModuleBlock block) {
        switch (block.type()) {
            case "provider":
                return Optional.of(block.labels().get(0));
            case "resource", "data":
                Optional<String> explicit = block.attribute("provider").map(a -> a.node().value())
                        .flatMap(ProviderVersionUnconstrained::rootName);
                if (explicit.isPresent()) return explicit;
                String type = block.labels().get(0);
                int underscore = type.indexOf('_');
                return Optional.of(underscore < 0 ? type : type.substring(0, underscore));
            default:
                return Optional.empty();
        }
    }

    /** {@code aws.eu} → aws; {@code aws} → aws. */
    private static Optional<String> rootName(Expression expression) {
        if (expression instanceof Expression.Variable v) return Optional.of(v.name());
        if (expression instanceof Expression.GetAttr g) return rootName(g.target());
        return Optional.empty();
    }
}
