package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.KeyValue;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Locale;

/** Label keys outside Docker's key conventions are hard to query and may collide with Docker's own namespaces. */
public final class InvalidLabelKey extends DockerfileRule {
    private static final String SEPARATORS = "./_-";
    private static final List<String> RESERVED = List.of("com.docker.", "io.docker.", "org.dockerproject.");

    static final RuleMeta META = RuleMeta.builder("DF090", "Label key is malformed")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.DOCKERFILE)
            .description("Flags LABEL keys that contain characters other than lower-case letters, digits, `.`, `-`, `/` "
                    + "and `_`; that start or end with a separator; that contain two separators in a row (`..`, `--`, "
                    + "`._`); or that use the namespaces Docker reserves (`com.docker.`, `io.docker.`, "
                    + "`org.dockerproject.`). Keys are resolved from ARG/ENV defaults first; keys that stay unresolved are "
                    + "skipped. Accepted: `org.opencontainers.image.source`, `com.example.team`, `app.kubernetes.io/name`.")
            .rationale("Tools match label keys exactly. Mixed case, spaces or odd punctuation produce keys that "
                    + "`docker inspect` filters, registries and inventory queries miss, so ownership and provenance "
                    + "metadata silently goes unreported. Docker's own namespaces are reserved for Docker.")
            .remediation("Use lower-case, reverse-DNS keys under a domain you own, e.g. `com.example.payments.team`, "
                    + "or the standard `org.opencontainers.image.*` keys.")
            .reference("https://docs.docker.com/engine/manage-resources/labels/")
            .reference("https://github.com/opencontainers/image-spec/blob/main/annotations.md")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile df, RuleContext ctx) {
        for (Instruction outer : df.instructions()) {
            Instruction label = outer.is("ONBUILD") ? outer.inner() : outer;
            if (label == null || !label.is("LABEL")) continue;
            for (KeyValue kv : label.pairs()) {
                String key = df.expand(outer, kv.key());
                if (key.contains("$")) continue;
                String problem = problem(key);
                if (problem != null) ctx.report(kv.keySpan(), "label key '" + key + "' " + problem);
            }
        }
    }

    static String problem(String key) {
        if (key.isEmpty()) return "is empty";
        String lower = key.toLowerCase(Locale.ROOT);
        for (String reserved : RESERVED) {
            if (lower.startsWith(reserved)) return "uses the namespace " + reserved + " reserved by Docker; use a domain you own";
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || SEPARATORS.indexOf(c) >= 0;
            if (!ok) {
                return c >= 'A' && c <= 'Z'
                        ? "has upper-case letters; write it as '" + lower + "'"
                        : "has the character '" + c + "'; use only lower-case letters, digits, '.', '-', '/' and '_'";
            }
        }
        if (SEPARATORS.indexOf(key.charAt(0)) >= 0 || SEPARATORS.indexOf(key.charAt(key.length() - 1)) >= 0) {
            return "starts or ends with a separator; begin and end with a letter or digit";
        }
        for (int i = 1; i < key.length(); i++) {
            if (SEPARATORS.indexOf(key.charAt(i)) >= 0 && SEPARATORS.indexOf(key.charAt(i - 1)) >= 0) {
                return "has two separators in a row ('" + key.substring(i - 1, i + 1) + "')";
            }
        }
        return null;
    }
}
