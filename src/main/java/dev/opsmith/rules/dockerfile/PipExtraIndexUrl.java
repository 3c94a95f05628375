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
import java.util.Locale;

/**
 * Flags pip configured with an extra index: pip then takes each package from whichever index offers the highest
 * version, so a public package can replace an internal one (dependency confusion).
 */
public final class PipExtraIndexUrl extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF129", "`--extra-index-url` allows dependency confusion")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports pip (pip, pip3, python -m pip) with `--extra-index-url`, `pip config set "
                    + "….extra-index-url`, and PIP_EXTRA_INDEX_URL set with ENV, ARG or inline. A single "
                    + "`--index-url` (for example an internal proxy of PyPI) is accepted, and so is uv, which by default "
                    + "takes each package from the first index that has it.")
            .rationale("With several indexes pip merges the candidates and installs the highest version from any of "
                    + "them. Anyone who publishes an internal package name on PyPI with a higher version gets their "
                    + "code installed into the image, as happened in well-known dependency-confusion attacks.")
            .remediation("Use one index that serves both internal and public packages (an Artifactory, Nexus or "
                    + "devpi proxy) with `--index-url`, pin and hash dependencies (`--require-hashes`), or use uv with "
                    + "explicit index pinning per package.")
            .reference("https://pip.pypa.io/en/stable/cli/pip_install/#cmdoption-extra-index-url")
            .reference("https://docs.astral.sh/uv/concepts/indexes/")
            .reference("https://cwe.mitre.org/data/definitions/427.html")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            for (Command c : run.commands()) {
                if (!RunCommands.isPip(c)) continue;
                Command e = c.effective();
                RunCommands.flagWord(e, "--extra-index-url").ifPresent(w -> SecretShapes.report(context, w.span(),
                        "pip --extra-index-url lets a package of the same name on the other index win; use a single "
                                + "--index-url that proxies both"));
                List<Word> pos = e.positionals();
                for (int i = 0; i + 2 < pos.size(); i++) {
                    if (pos.get(i).value().equals("config") && pos.get(i + 1).value().equals("set")
                            && pos.get(i + 2).value().toLowerCase(Locale.ROOT).matches("([a-z]+\\.)?extra-index-url(=.*)?")) {
                        SecretShapes.report(context, pos.get(i + 2).span(), "pip config set " + pos.get(i + 2).value().split("=")[0]
                                + " adds a second index that can shadow internal packages; use a single index-url");
                    }
                }
            }
        }
        for (EnvAssignments.Assignment a : EnvAssignments.of(dockerfile)) {
            if (a.name().equalsIgnoreCase("PIP_EXTRA_INDEX_URL") && a.value() != null && !a.value().isBlank()) {
                SecretShapes.report(context, a.span(), a.name() + " adds a second index that can shadow internal packages; use a "
                        + "single PIP_INDEX_URL that proxies both");
            }
        }
    }
}
