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
 * A module taken from a Git branch or an unversioned archive: the code that runs changes whenever someone pushes,
 * without any change (or review) in the calling repository.
 */
public final class RemoteModuleNotPinned extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("TF007", "Git or archive module source not pinned to a ref")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("A `module` block whose `source` is a Git repository (`git::…`, `github.com/…`, "
                    + "`bitbucket.org/…`, `git@host:…`) without a `?ref=` argument or with `ref` naming a branch "
                    + "(`main`, `master`, `develop`, `trunk`, `HEAD`, …), or an archive (`s3::`, `gcs::`, an "
                    + "`https://…` URL ending in `.zip`/`.tar.gz` or with `?archive=`) whose path has no version "
                    + "number and that carries no `?checksum=`. A tag or a commit id pins the source; registry "
                    + "modules are judged by TF006 and local paths are not judged.")
            .rationale("An unpinned source is a supply-chain dependency that anyone with push access can change: "
                    + "the next plan silently runs their code with the deployment role's permissions, and two runs "
                    + "of the same commit can create different infrastructure.")
            .remediation("Pin the source to a release tag or a commit id (`?ref=v2.4.1`, `?ref=<40-hex commit>`); "
                    + "for archives, publish versioned file names or add `?checksum=sha256:<digest>`.")
            .reference("https://developer.hashicorp.com/terraform/language/modules/sources#selecting-a-revision")
            .compliance("PCI-DSS-4.0:6.3.2").compliance("NIST-800-53:CM-14").compliance("NIST-800-53:SA-10")
            .compliance("NIST-800-53:SI-7").compliance("SOC2:CC8.1").compliance("DORA:Art.9(4)(e)")
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
                    reporter.undecided(value.span(), "whether " + call.address() + " is pinned to a fixed revision",
                            List.of(call.address() + ".source: " + TerraformSettings.NOT_LITERAL));
                    return;
                }
                problem(text.get()).ifPresent(p -> reporter.report(value.span(), call.address() + " " + p));
            });
        }
    }

    private static Optional<String> problem(String source) {
        Optional<TerraformSettings.GitSource> git = TerraformSettings.gitSource(source);
        if (git.isPresent()) {
            Optional<String> ref = git.get().ref();
            if (ref.isEmpty() || ref.get().isEmpty()) {
                return Optional.of("takes the default branch of a Git repository; pin `?ref=` to a tag or commit");
            }
            if (git.get().followsBranch()) {
                return Optional.of("follows branch \"" + ref.get() + "\"; pin `?ref=` to a tag or commit");
            }
            return Optional.empty();
        }
        if (TerraformSettings.isArchiveSource(source) && !TerraformSettings.archivePinned(source)) {
            return Optional.of("downloads an archive with no version in its path and no checksum; "
                    + "use a versioned file name or add `?checksum=sha256:…`");
        }
        return Optional.empty();
    }
}
