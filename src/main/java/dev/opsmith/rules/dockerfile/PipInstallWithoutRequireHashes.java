package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.Optional;

/** Hash checking makes pip refuse any artifact that differs from the one reviewed when the lock file was made. */
public final class PipInstallWithoutRequireHashes extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF038", "pip requirements installed without hash checking")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.DOCKERFILE).optIn()
            .description("Flags `pip install -r <file>` (also `--requirement`, `python -m pip`, `uv pip install`) "
                    + "without `--require-hashes` and without `PIP_REQUIRE_HASHES` (or `UV_REQUIRE_HASHES`) set to a "
                    + "true value by ENV/ARG, `export` or inline. `uv pip sync` is accepted.")
            .rationale("Version pins alone trust the index: a re-uploaded or tampered artifact with the same version "
                    + "installs silently. With hashes the build fails instead, which is what supply-chain controls in "
                    + "regulated environments (SLSA, SSDF) expect.")
            .remediation("Generate hashes (`pip-compile --generate-hashes` or `uv pip compile --generate-hashes`) and "
                    + "install with `pip install --no-cache-dir --require-hashes -r requirements.txt`.")
            .reference("https://pip.pypa.io/en/stable/topics/secure-installs/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            for (Command c : run.commands()) {
                Command e = PackageCommands.effective(c);
                Optional<Pip.Call> call = Pip.install(e, true);
                if (call.isEmpty()) continue;
                Optional<Word> requirement = RunCommands.flagWord(e, "-r", "--requirement");
                if (requirement.isEmpty() || e.hasFlag("--require-hashes")) continue;
                String env = call.get().uv() ? "UV_REQUIRE_HASHES" : "PIP_REQUIRE_HASHES";
                if (PackageCommands.envTrue(dockerfile, run, c, env)) continue;
                String file = e.flagValue("-r", "--requirement").orElse("");
                context.report(requirement.get().span(), "pip install -r " + file + " without --require-hashes: "
                        + "artifacts are not checked against reviewed hashes; add --require-hashes");
            }
        }
    }
}
