package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** {@code npm install name} takes the newest release at build time, outside the lockfile's protection. */
public final class NpmPackageVersionNotPinned extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF039", "npm installs a named package without a version")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Flags each package named to `npm install` (and its aliases `i`, `add`, …), global or "
                    + "local, without a version: `npm install -g pm2`, `npm i express`, and `name@latest`. Accepted: "
                    + "`name@1.2.3`, ranges such as `name@^1` or `name@~1.2`, `@scope/name@1`, bare `npm install` and "
                    + "`npm ci` (lockfile), local paths and `file:` specs, tarballs, git specs with `#<ref>`, and names "
                    + "from unresolved variables.")
            .rationale("A bare name resolves to the `latest` tag at build time, so each rebuild may ship different "
                    + "code, including a freshly compromised release. A pinned version (or the lockfile) keeps the "
                    + "image reproducible and reviewable.")
            .remediation("Pin the version (`npm install -g pm2@5.3.1`), or declare the dependency in package.json "
                    + "and install from the lockfile with `npm ci`.")
            .reference("https://docs.npmjs.com/cli/commands/npm-install")
            .equivalent("hadolint", "DL3016")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (PackageCommands.Operand o : PackageCommands.installOperands(dockerfile, Set.of("npm"), Npm.INSTALL,
                Npm.VALUE_OPTS)) {
            if (o.resolved().isEmpty() || Npm.pinned(o.resolved().get())) continue;
            String s = o.resolved().get();
            String message = s.contains("#") || s.contains("/") && !s.startsWith("@")
                    ? "npm package " + s + " follows a moving git branch: add #<tag or commit>"
                    : "npm package " + s + " has no fixed version: pin it as "
                    + (s.toLowerCase(java.util.Locale.ROOT).endsWith("@latest") ? s.substring(0, s.length() - 7) : s)
                    + "@<version>";
            context.report(o.word().span(), message);
        }
    }
}
