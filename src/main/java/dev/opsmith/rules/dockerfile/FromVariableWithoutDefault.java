package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.KeyValue;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** A FROM that depends on a build arg without a default only builds when every caller remembers --build-arg. */
public final class FromVariableWithoutDefault extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF008", "FROM uses a build arg that has no usable default")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Reports a variable in a FROM image that is not declared by an ARG before the first FROM, or "
                    + "is declared there without a default or with an empty one. `ARG BASE=python:3.12-slim`, inline "
                    + "fallbacks such as `${BASE:-python:3.12-slim}` and BuildKit's predefined platform args are "
                    + "accepted.")
            .rationale("Without a default the image name expands to an empty or partial string and the build fails "
                    + "(`base name should not be blank`) unless every pipeline, developer and rebuild passes the right "
                    + "`--build-arg`. A default also documents which base the image was reviewed against.")
            .remediation("Declare the arg before the first FROM with a pinned default, e.g. `ARG BASE=python:3.12-slim`, "
                    + "and override it with `--build-arg` only where needed.")
            .reference("https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact")
            .reference("https://docs.docker.com/reference/build-checks/invalid-default-arg-in-from/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        Map<String, String> globals = new HashMap<>();
        for (Instruction ins : dockerfile.instructions()) {
            if (ins.stageIndex() >= 0) break;
            if (!ins.is("ARG")) continue;
            for (KeyValue kv : ins.pairs()) globals.put(kv.key(), kv.value());
        }
        for (Instruction from : dockerfile.instructions("FROM")) {
            if (from.words().isEmpty()) continue;
            Word image = from.words().get(0);
            Set<String> reported = new LinkedHashSet<>();
            for (VariableReferences.Ref ref : VariableReferences.in(image.raw(), dockerfile.escape())) {
                String name = ref.name();
                if (ref.fallback() || VariableReferences.PREDEFINED.contains(name) || !reported.add(name)) continue;
                if (!globals.containsKey(name)) {
                    context.report(image.span(), "FROM " + image.value() + " uses $" + name + ", which no ARG before "
                            + "the first FROM declares, so it is empty unless --build-arg " + name + " is passed; add `ARG "
                            + name + "=<image:tag>` at the top");
                } else if (globals.get(name) == null || globals.get(name).isEmpty()) {
                    context.report(image.span(), "FROM " + image.value() + " uses $" + name + ", whose global ARG has "
                            + "no default, so the build fails unless --build-arg " + name + " is passed; give it a pinned "
                            + "default such as `ARG " + name + "=<image:tag>`");
                }
            }
        }
    }
}
