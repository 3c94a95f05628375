package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** {@code npm install} may rewrite the lockfile and resolve newer versions; {@code npm ci} installs exactly the lock. */
public final class NpmInstallInsteadOfCi extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF040", "npm install used where npm ci gives exact lockfile installs")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Flags `npm install`/`npm i` with no package arguments (a project install), and project "
                    + "installs by `yarn`/`yarn install` without `--frozen-lockfile`/`--immutable` (or `YARN_ENABLE_IMMUTABLE_INSTALLS`) and by "
                    + "`pnpm install`/`pnpm i` without `--frozen-lockfile`. Accepted: `npm ci`, `npm install <pkg>` "
                    + "(see DF039), `npm install -g`, and the frozen or immutable yarn/pnpm forms.")
            .rationale("A project install may resolve versions that differ from the lockfile and update it inside "
                    + "the image, so the build ships dependencies nobody reviewed. `npm ci` fails instead when "
                    + "package.json and the lockfile disagree, which keeps builds reproducible.")
            .remediation("Copy package.json and the lockfile, then run `npm ci` (add `--omit=dev` for runtime "
                    + "images); use `yarn install --immutable` (Berry) / `--frozen-lockfile` (v1) or "
                    + "`pnpm install --frozen-lockfile`.")
            .reference("https://docs.npmjs.com/cli/commands/npm-ci")
            .build();

    private static final Set<String> YARN_VALUE_OPTS = Set.of("--cache-folder", "--modules-folder", "--cwd",
            "--network-timeout", "--mutex", "--registry");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            for (Command c : run.commands()) {
                Command e = PackageCommands.effective(c);
                switch (e.name()) {
                    case "npm" -> {
                        String sub = Npm.subcommand(e);
                        if (!sub.equals("install") && !sub.equals("i")) continue;
                        if (e.hasFlag("-g", "--global")) continue;
                        if (!PackageCommands.operandsAfterSubcommand(e, Npm.VALUE_OPTS).isEmpty()) continue;
                        context.report(e.span(), "npm " + sub + " may resolve versions other than the lockfile's "
                                + "and rewrite it; use npm ci");
                    }
                    case "yarn" -> {
                        int sub = PackageCommands.subcommandIndex(e, YARN_VALUE_OPTS);
                        if (sub >= 0 && !e.args().get(sub).value().equals("install")) continue;
                        if (e.hasFlag("--frozen-lockfile", "--immutable")
                                || PackageCommands.envTrue(dockerfile, run, c, "YARN_ENABLE_IMMUTABLE_INSTALLS")) {
                            continue;
                        }
                        context.report(e.span(), "yarn install without --frozen-lockfile/--immutable may update "
                                + "the lockfile in the build; add --immutable (Berry) or --frozen-lockfile (v1)");
                    }
                    case "pnpm" -> {
                        String sub = PackageCommands.subcommand(e, Npm.VALUE_OPTS);
                        if (!sub.equals("install") && !sub.equals("i")) continue;
                        if (e.hasFlag("--frozen-lockfile")) continue;
                        if (!PackageCommands.operandsAfterSubcommand(e, Npm.VALUE_OPTS).isEmpty()) continue;
                        context.report(e.span(), "pnpm " + sub + " without --frozen-lockfile may update the "
                                + "lockfile in the build; add --frozen-lockfile");
                    }
                    default -> {
                    }
                }
            }
        }
    }
}
