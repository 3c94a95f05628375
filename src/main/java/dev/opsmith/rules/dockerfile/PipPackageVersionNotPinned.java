package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Optional;

/** {@code pip install name} installs the newest release on PyPI at build time, whatever it contains. */
public final class PipPackageVersionNotPinned extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF036", "pip installs a named package without a version")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Flags each named requirement of `pip install` (also `pip3`, `pip3.12`, `python -m pip` and "
                    + "`uv pip install`) that has no version specifier. Accepted: `==`, `~=`, `>=` and other "
                    + "specifiers, `-r`/`--requirement` files, every name when `-c`/`--constraint` (or "
                    + "`PIP_CONSTRAINT`) is given, `.` and other paths, wheels and sdists (`.whl`, `.tar.gz`) by path "
                    + "or URL, VCS URLs with an `@ref` (also as `name @ git+https://…@<sha>`), `pip install --upgrade "
                    + "pip`, and names from unresolved variables. A VCS URL without `@ref` is flagged.")
            .rationale("An unpinned requirement resolves to whatever PyPI serves at build time: a rebuild can pull a "
                    + "new major version, and a hijacked or typo-squatted release goes straight into the image. Pins "
                    + "(ideally with hashes) make the build reviewable and repeatable.")
            .remediation("Pin the version (`pip install gunicorn==22.0.0`) or, better, install from a locked "
                    + "requirements file: `pip install --no-cache-dir -r requirements.txt`.")
            .reference("https://pip.pypa.io/en/stable/topics/repeatable-installs/")
            .reference("https://pip.pypa.io/en/stable/reference/requirement-specifiers/")
            .equivalent("hadolint", "DL3013")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            var at = PackageCommands.topLevel(dockerfile, run.instruction());
            for (Command c : run.commands()) {
                Command e = PackageCommands.effective(c);
                Optional<Pip.Call> call = Pip.install(e, true);
                if (call.isEmpty()) continue;
                if (e.hasFlag("-c", "--constraint") || dockerfile.variablesAt(at).containsKey("PIP_CONSTRAINT")) continue;
                boolean upgrade = e.hasFlag("-U", "--upgrade");
                List<Word> operands = call.get().operands();
                for (int i = 0; i < operands.size(); i++) {
                    Word w = operands.get(i);
                    if (i + 1 < operands.size() && operands.get(i + 1).value().startsWith("@")) {
                        String next = operands.get(i + 1).value();
                        String url = next.length() > 1 ? next.substring(1)
                                : i + 2 < operands.size() ? operands.get(i + 2).value() : "";
                        i += next.length() > 1 ? 1 : 2;
                        if (Pip.pinned(w.value() + " @ " + url)) continue;
                        context.report(w.span(), "pip requirement " + w.value() + " @ " + url + " follows a moving "
                                + "branch: add @<tag or commit> to the VCS URL");
                        continue;
                    }
                    Optional<String> spec = PackageCommands.resolved(dockerfile, at, w);
                    if (spec.isEmpty() || Pip.pinned(spec.get())) continue;
                    if (upgrade && Pip.name(spec.get()).equalsIgnoreCase("pip")) continue;
                    if (Pip.isVcs(spec.get())) {
                        context.report(w.span(), "pip requirement " + spec.get() + " follows a moving branch: add "
                                + "@<tag or commit> to the VCS URL");
                    } else {
                        context.report(w.span(), "pip package " + spec.get() + " has no version: pin it as "
                                + Pip.name(spec.get()) + "==<version> or install from a locked requirements file");
                    }
                }
            }
        }
    }
}
