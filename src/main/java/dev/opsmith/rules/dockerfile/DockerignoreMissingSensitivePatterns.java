package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.DockerIgnore;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An ignore file that forgets the usual secret locations still lets `COPY .` ship them. */
public final class DockerignoreMissingSensitivePatterns extends DockerfileRule {
    /** What must be excluded, by the name shown to the user, and sample context paths that must be left out. */
    private static final Map<String, List<String>> SENSITIVE = new LinkedHashMap<>();

    static {
        SENSITIVE.put(".git", List.of(".git/config"));
        SENSITIVE.put(".env*", List.of(".env", ".env.production"));
        SENSITIVE.put("*.pem", List.of("server.pem"));
        SENSITIVE.put("*.key", List.of("server.key"));
        SENSITIVE.put(".npmrc", List.of(".npmrc"));
        SENSITIVE.put(".aws", List.of(".aws/credentials"));
        SENSITIVE.put(".ssh", List.of(".ssh/id_rsa"));
    }

    static final RuleMeta META = RuleMeta.builder("DF067", "`.dockerignore` does not exclude sensitive paths")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports a whole-context `COPY .`/`ADD .` when the build context's ignore file "
                    + "(`<Dockerfile name>.dockerignore` or `.dockerignore`) leaves in any of `.git`, `.env` and "
                    + "`.env.*`, `*.pem`, `*.key`, `.npmrc`, `.aws` or `.ssh`. Exceptions (`!`) and allow-list style "
                    + "files (`*` then `!src`) are evaluated as BuildKit does. Nothing is reported when no whole "
                    + "context is copied.")
            .rationale("These are the places where working copies keep credentials and history: git remotes with "
                    + "tokens, environment files, TLS and signing keys, registry tokens, cloud and SSH credentials. "
                    + "An ignore file that misses them gives a false sense of safety while `COPY .` ships them.")
            .remediation("Add the missing patterns to the ignore file (for nested files use `**/*.pem`), or switch "
                    + "to an allow-list: `*` followed by `!` lines for what the build needs.")
            .reference("https://docs.docker.com/build/concepts/context/#dockerignore-files")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        Optional<DockerIgnore> ignore = dockerfile.dockerIgnore();
        if (ignore.isEmpty()) return;
        List<String> missing = new ArrayList<>();
        SENSITIVE.forEach((name, samples) -> {
            for (String path : samples) {
                if (!ignore.get().excludes(path)) {
                    missing.add(name);
                    return;
                }
            }
        });
        if (missing.isEmpty()) return;
        for (Word src : BuildContextCopies.of(dockerfile)) {
            context.report(src.span(), "'" + src.value() + "' copies the whole build context, but "
                    + ignore.get().source().name() + " does not exclude " + String.join(", ", missing)
                    + ": add them to the ignore file");
        }
    }
}
