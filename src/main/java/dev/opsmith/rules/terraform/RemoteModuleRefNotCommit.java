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
 * A Git module pinned to a tag (or an abbreviated commit): stricter than TF007, for teams whose supply-chain policy
 * requires immutable references, since a tag can be deleted and pushed again at another commit.
 */
public final class RemoteModuleRefNotCommit extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("TF008", "Module ref is a tag, not a commit")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("A Git module source (`git::…`, `github.com/…`, `bitbucket.org/…`, `git@host:…`) whose "
                    + "`?ref=` is a tag or an abbreviated commit rather than a full 40-hex commit id. Sources without a "
                    + "ref or following a branch are TF007's findings and are not repeated here. Opt-in: a release "
                    + "tag is an accepted pin in most organisations.")
            .rationale("Tags are mutable: whoever can push to the module's repository can move `v1.2.0` to new "
                    + "code, which the next `terraform init` fetches without any change in the caller. Only a full "
                    + "commit id names exactly the code that was reviewed.")
            .remediation("Replace the tag with the commit it points to (`?ref=<40-hex commit>`) and keep the tag "
                    + "name in a comment for readers; let a dependency bot propose updates.")
            .reference("https://developer.hashicorp.com/terraform/language/modules/sources#selecting-a-revision")
            .compliance("NIST-800-53:CM-14").compliance("SOC2:CC8.1").compliance("DORA:Art.9(4)(e)")
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
                    reporter.undecided(value.span(), "whether " + call.address() + " is pinned to a commit",
                            List.of(call.address() + ".source: " + TerraformSettings.NOT_LITERAL));
                    return;
                }
                TerraformSettings.gitSource(text.get())
                        .filter(git -> !git.followsBranch() && !git.pinnedToCommit())
                        .ifPresent(git -> reporter.report(value.span(), call.address() + " is pinned to \""
                                + git.ref().orElseThrow() + "\", which can be moved; pin the full commit id instead"));
            });
        }
    }
}
