package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.KeyValue;
import dev.opsmith.format.dockerfile.Stage;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Docker substitutes an undeclared variable with an empty string and carries on, so a missing ARG turns
 * {@code COPY app-$VERSION.jar} into {@code COPY app-.jar} without a word.
 */
public final class UndefinedVariableReference extends DockerfileRule {
    private static final Set<String> EXPANDING = Set.of("COPY", "ADD", "WORKDIR", "ENV", "LABEL", "USER", "EXPOSE");

    static final RuleMeta META = RuleMeta.builder("DF149", "Instruction refers to an undeclared variable")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Reports `$X` / `${X}` in COPY, ADD, WORKDIR, ENV, LABEL, USER and EXPOSE when no ARG or ENV "
                    + "declares X in that stage's scope and X is not a predefined build arg (platform args, proxies). "
                    + "Because a base image may define variables opsmith cannot see, a reference is only reported when "
                    + "the name is declared elsewhere in the file but not in this scope (typically a global ARG used "
                    + "in a stage without redeclaring it), when the stage is built from scratch, or when it is a near "
                    + "misspelling of a variable in scope. `${X:-default}` and similar fallbacks, escaped `\\$X`, "
                    + "single-quoted text and RUN scripts (whose variables come from the runtime environment) are "
                    + "accepted.")
            .rationale("The undeclared variable silently becomes an empty string: files are copied to the wrong "
                    + "place, labels lose the version that audit trails rely on, and the build still succeeds.")
            .remediation("Declare the variable in the stage that uses it (`ARG VERSION` after the FROM re-imports a "
                    + "global ARG), fix the spelling, or give an explicit fallback with `${X:-value}`.")
            .reference("https://docs.docker.com/reference/dockerfile/#scope")
            .reference("https://docs.docker.com/reference/build-checks/undefined-var/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        Map<String, Span> declaredAnywhere = new HashMap<>();
        for (Instruction ins : dockerfile.instructions()) {
            Instruction d = ins.is("ONBUILD") && ins.inner() != null ? ins.inner() : ins;
            if (d.is("ARG", "ENV")) for (KeyValue kv : d.pairs()) declaredAnywhere.putIfAbsent(kv.key(), kv.keySpan());
        }
        for (Instruction ins : dockerfile.instructions()) {
            if (!EXPANDING.contains(ins.keyword())) continue;
            Stage stage = dockerfile.stageOf(ins).orElse(null);
            if (stage == null) continue;
            Set<String> inScope = VariableReferences.declaredBefore(dockerfile, ins);
            boolean fromScratch = stage.rootStage().image().isScratch();
            if (ins.is("ENV", "LABEL")) {
                Set<String> ownKeys = new HashSet<>();
                for (KeyValue kv : ins.pairs()) ownKeys.add(kv.key());
                for (KeyValue kv : ins.pairs()) {
                    if (kv.valueSpan() == null) continue;
                    String raw = dockerfile.source().text(kv.valueSpan());
                    check(dockerfile, raw, kv.valueSpan(), ins, inScope, ownKeys, declaredAnywhere, fromScratch, context);
                }
            } else {
                for (Word w : ins.words()) {
                    check(dockerfile, w.raw(), w.span(), ins, inScope, Set.of(), declaredAnywhere, fromScratch, context);
                }
            }
        }
    }

    private static void check(Dockerfile dockerfile, String raw, Span span, Instruction ins, Set<String> inScope,
                              Set<String> ownKeys, Map<String, Span> declaredAnywhere, boolean fromScratch,
                              RuleContext context) {
        Set<String> seen = new HashSet<>();
        for (VariableReferences.Ref ref : VariableReferences.in(raw, dockerfile.escape())) {
            String name = ref.name();
            if (ref.fallback() || inScope.contains(name) || ownKeys.contains(name)
                    || VariableReferences.PREDEFINED.contains(name) || !seen.add(name)) {
                continue;
            }
            Span elsewhere = declaredAnywhere.get(name);
            if (elsewhere != null) {
                context.report(span, ins.keyword() + " uses $" + name + ", which is declared elsewhere in the file but "
                                + "not in scope here, so it expands to an empty string; declare `ARG " + name
                                + "` in this stage before the use")
                        .related(elsewhere, name + " is declared here");
                continue;
            }
            String near = name.length() >= 4 ? nearest(name, inScope) : null;
            if (near != null) {
                context.report(span, ins.keyword() + " uses $" + name + ", which is not declared (did you mean $" + near
                        + "?); it expands to an empty string");
            } else if (fromScratch) {
                context.report(span, ins.keyword() + " uses $" + name + ", which no ARG or ENV declares in this stage "
                        + "(built from scratch, so no image defines it); it expands to an empty string; declare it with "
                        + "ARG or ENV");
            }
        }
    }

    private static String nearest(String name, Set<String> candidates) {
        String best = null;
        for (String c : new java.util.TreeSet<>(candidates)) {
            if (c.length() < 4) continue;
            int d = InvalidInstruction.distance(name, c);
            if (d >= 1 && d <= 2 && best == null) best = c;
        }
        return best;
    }
}
