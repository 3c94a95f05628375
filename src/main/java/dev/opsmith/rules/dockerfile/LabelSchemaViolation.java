package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.KeyValue;
import dev.opsmith.format.dockerfile.Stage;
import dev.opsmith.rules.RuleContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks image labels against a team's schema (which labels are required and what their values look like), so that
 * provenance questions (which commit, which repository, which licence) can be answered from the image alone.
 */
public final class LabelSchemaViolation extends DockerfileRule {
    /** The schema used when none is configured, or when the configured list names {@code oci}. */
    static final Map<String, LabelFormats> OCI = oci();

    static final RuleMeta META = RuleMeta.builder("DF089", "Labels do not match the configured schema")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.DOCKERFILE).optIn()
            .description("Opt-in. Checks LABEL instructions against a schema set in `rules.settings.DF089`: `schema` is a "
                    + "list of `<label>=<format>` entries (formats: `text`, `url`, `semver`, `hash`, `rfc3339`, `spdx`, "
                    + "`email`), all required; the entry `oci` adds the ready-made OCI schema, which is also used when no "
                    + "schema is configured (`org.opencontainers.image.source=url`, `…revision=hash`, `…version=text`, "
                    + "`…licenses=spdx`). `strict: true` also flags labels the schema does not list. Reports a required "
                    + "label missing from the final image (the last stage and the stages it is built on with "
                    + "`FROM <alias>`), and, in every LABEL of the file, an empty value, a value in the wrong format, or an "
                    + "extra label when strict. Values are resolved from ARG/ENV defaults; a value that stays unresolved "
                    + "(typically `$GIT_SHA` passed with `--build-arg`) satisfies the requirement and is not format-checked. "
                    + "SPDX values are checked for expression syntax, not against the licence list.")
            .rationale("Labels are how an image answers audit questions without its build logs: which repository and "
                    + "commit it came from, which version it is, and under which licence it ships. A schema checked at "
                    + "review time keeps that metadata present and machine-readable across teams.")
            .remediation("Add the missing labels in the final stage, typically from build args set by CI: "
                    + "`ARG GIT_SHA` then `LABEL org.opencontainers.image.revision=$GIT_SHA`; fix values to the "
                    + "required format.")
            .reference("https://github.com/opencontainers/image-spec/blob/main/annotations.md")
            .reference("https://docs.docker.com/reference/dockerfile/#label")
            .equivalent("hadolint", "DL3050", "DL3051", "DL3052", "DL3053", "DL3056", "DL3058")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile df, RuleContext ctx) {
        Map<String, LabelFormats> schema = schema(ctx.setting("schema"));
        boolean strict = ctx.setting("strict").stream().anyMatch(v -> v.trim().equalsIgnoreCase("true"));
        List<Stage> chain = FinalImage.stages(df);
        if (chain.isEmpty()) return;

        for (String required : schema.keySet()) {
            boolean present = false;
            for (Stage s : chain) {
                for (Instruction label : s.instructions("LABEL")) {
                    for (KeyValue kv : label.pairs()) if (df.expand(label, kv.key()).equals(required)) present = true;
                }
            }
            if (!present) {
                Stage last = chain.get(0);
                ctx.report(last.from().span(), "required label " + required + " (" + schema.get(required).expected()
                        + ") is missing from the final image; add LABEL " + required + "=… in stage "
                        + last.nameOrIndex()).identity("missing " + required);
            }
        }

        for (Instruction label : df.instructions("LABEL")) {
            for (KeyValue kv : label.pairs()) {
                String key = df.expand(label, kv.key());
                if (key.contains("$")) continue;
                LabelFormats format = schema.get(key);
                if (format == null) {
                    if (strict) {
                        ctx.report(kv.keySpan(), "label " + key + " is not in the label schema (strict); remove it or "
                                + "add it to rules.settings.DF089.schema");
                    }
                    continue;
                }
                String value = kv.value() == null ? "" : df.expand(label, kv.value());
                if (value.contains("$")) continue;
                if (value.isBlank()) {
                    ctx.report(kv.span(), "label " + key + " has an empty value; set it to " + format.expected());
                } else if (!format.accepts(value)) {
                    ctx.report(kv.valueSpan(), "label " + key + " is '" + value + "', which is not " + format.expected());
                }
            }
        }
    }

    static Map<String, LabelFormats> schema(List<String> entries) {
        if (entries.isEmpty()) return OCI;
        Map<String, LabelFormats> out = new LinkedHashMap<>();
        for (String entry : entries) {
            String e = entry.trim();
            if (e.equalsIgnoreCase("oci")) {
                out.putAll(OCI);
                continue;
            }
            int eq = e.indexOf('=');
            if (eq < 0) {
                if (!e.isEmpty()) out.put(e, LabelFormats.TEXT);
            } else {
                out.put(e.substring(0, eq).trim(), LabelFormats.named(e.substring(eq + 1)));
            }
        }
        return out;
    }

    private static Map<String, LabelFormats> oci() {
        Map<String, LabelFormats> m = new LinkedHashMap<>();
        m.put("org.opencontainers.image.source", LabelFormats.URL);
        m.put("org.opencontainers.image.revision", LabelFormats.HASH);
        m.put("org.opencontainers.image.version", LabelFormats.TEXT);
        m.put("org.opencontainers.image.licenses", LabelFormats.SPDX);
        return java.util.Collections.unmodifiableMap(m);
    }
}
