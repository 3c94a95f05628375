package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

import java.util.Set;
import java.util.regex.Pattern;

/** {@code go install tool@latest} builds whatever the module's default branch or newest tag holds on build day. */
public final class GoInstallVersionNotPinned extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF043", "go install without a fixed version")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Flags each remote package of `go install` that has no version, or a moving one: "
                    + "`go install example.com/tool`, `…@latest`, `@master`, `@main` and other branch names or queries "
                    + "(`@upgrade`, `@patch`). Accepted: `@v1.2.3` (also pre-release and pseudo-versions), "
                    + "`@<commit hash>` (7 to 40 hex digits), local packages (`.`, `./...`, `./cmd/x`), `go install` "
                    + "without arguments, and versions from unresolved variables.")
            .rationale("`@latest` and branch names resolve at build time, so every rebuild may compile different "
                    + "code, including a compromised release. A semantic version is checked against the Go checksum "
                    + "database, which makes the binary reproducible and its provenance auditable.")
            .remediation("Pin a released version: `go install golang.org/x/vuln/cmd/govulncheck@v1.1.3` (let an "
                    + "update bot raise it).")
            .reference("https://go.dev/ref/mod#go-install")
            .equivalent("hadolint", "DL3062")
            .build();

    private static final Set<String> VALUE_OPTS = Set.of("-tags", "-ldflags", "-gcflags", "-asmflags", "-gccgoflags",
            "-mod", "-modfile", "-pkgdir", "-p", "-buildmode", "-compiler", "-installsuffix", "-overlay", "-pgo",
            "-toolexec", "-C", "-o", "-covermode", "-coverpkg", "-buildvcs");
    private static final Pattern FIXED = Pattern.compile("v\\d+(\\.\\d+)*([-+.][0-9A-Za-z.+-]*)?|[0-9a-fA-F]{7,40}");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (PackageCommands.Operand o : PackageCommands.installOperands(dockerfile, Set.of("go"), Set.of("install"),
                VALUE_OPTS)) {
            if (o.resolved().isEmpty()) continue;
            String p = o.resolved().get();
            if (p.startsWith(".") || p.startsWith("/")) continue;
            int version = p.lastIndexOf('@');
            if (version >= 0 && FIXED.matcher(p.substring(version + 1)).matches()) continue;
            String path = version >= 0 ? p.substring(0, version) : p;
            context.report(o.word().span(), version < 0
                    ? "go install " + p + " has no version: add @<version> (e.g. @v1.2.3)"
                    : "go install " + p + " uses the moving version " + p.substring(version + 1)
                    + ": pin " + path + "@v<version> or a commit");
        }
    }
}
