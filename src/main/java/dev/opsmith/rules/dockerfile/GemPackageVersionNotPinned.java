package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** {@code gem install name} installs the newest release at build time; a pinned version keeps rebuilds identical. */
public final class GemPackageVersionNotPinned extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF042", "gem installed without a version")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Flags each gem named to `gem install` without a version. Accepted: `name:1.2.3` (and "
                    + "`name:'~> 1.2'`), `-v`/`--version`, local `.gem` files and paths, `bundle install` (the "
                    + "Gemfile.lock pins), and names from unresolved variables.")
            .rationale("An unpinned gem resolves to the newest release on rubygems.org at build time, so a rebuild "
                    + "can ship different or compromised code without any change to the Dockerfile.")
            .remediation("Pin the version: `gem install bundler:2.5.6` or `gem install bundler -v 2.5.6`; install "
                    + "application gems with `bundle install` from a committed Gemfile.lock.")
            .reference("https://guides.rubygems.org/command-reference/#gem-install")
            .equivalent("hadolint", "DL3028")
            .build();

    private static final Set<String> VALUE_OPTS = Set.of("-v", "--version", "-i", "--install-dir", "-n", "--bindir",
            "-s", "--source", "--platform", "-P", "--trust-policy", "-g", "--file", "--build-root", "--document",
            "--target-rbconfig", "-p", "--http-proxy");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (PackageCommands.Operand o : PackageCommands.installOperands(dockerfile, Set.of("gem"), Set.of("install"),
                VALUE_OPTS)) {
            if (o.command().hasFlag("-v", "--version")) continue;
            if (o.resolved().isEmpty() || pinned(o.resolved().get())) continue;
            String gem = o.resolved().get();
            context.report(o.word().span(), "gem " + gem + " has no version: pin it as " + gem
                    + ":<version> or add -v <version>");
        }
    }

    static boolean pinned(String gem) {
        return gem.isEmpty() || gem.indexOf(':') > 0 || gem.endsWith(".gem") || gem.indexOf('/') >= 0;
    }
}
