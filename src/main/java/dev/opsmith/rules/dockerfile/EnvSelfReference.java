package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.KeyValue;
import dev.opsmith.rules.RuleContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Docker expands every value of one ENV instruction before setting any of them, so a value cannot see a variable
 * that the same instruction defines.
 */
public final class EnvSelfReference extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF144", "ENV uses a variable it defines in the same instruction")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Reports `ENV A=1 B=$A`: a value refers to a variable that an earlier pair of the same ENV "
                    + "sets, while the variable was not declared (ARG or ENV) before the instruction. A separate ENV "
                    + "line, a variable already defined earlier, and `PATH=/x:$PATH` (the old value is intended) are "
                    + "accepted.")
            .rationale("The reference expands to the value from before the instruction, usually empty, so `B` ends up "
                    + "wrong without any error. Variables the base image defines cannot be seen by opsmith, so if the "
                    + "image already sets A the old image value is what B gets, which is rarely the intent either.")
            .remediation("Split the instruction: set A in one ENV and use it in the next (`ENV A=1` then `ENV B=$A`).")
            .reference("https://docs.docker.com/reference/dockerfile/#env")
            .reference("https://docs.docker.com/reference/dockerfile/#environment-replacement")
            .equivalent("hadolint", "DL3044")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Instruction top : dockerfile.instructions()) {
            Instruction env = top.is("ONBUILD") && top.inner() != null ? top.inner() : top;
            List<KeyValue> pairs = env.pairs();
            if (!env.is("ENV") || pairs.size() < 2) continue;
            Set<String> before = VariableReferences.declaredBefore(dockerfile, top);
            Map<String, KeyValue> definedHere = new HashMap<>();
            for (KeyValue kv : pairs) {
                if (kv.valueSpan() != null && !kv.value().isEmpty()) {
                    String raw = dockerfile.source().text(kv.valueSpan());
                    for (VariableReferences.Ref ref : VariableReferences.in(raw, dockerfile.escape())) {
                        KeyValue earlier = definedHere.get(ref.name());
                        if (earlier == null || before.contains(ref.name())) continue;
                        context.report(kv.valueSpan(), "ENV " + kv.key() + " uses $" + ref.name() + ", which this same "
                                        + "ENV sets, but the value is taken from before the instruction (empty here); "
                                        + "set " + ref.name() + " in an earlier ENV")
                                .related(earlier.keySpan(), ref.name() + " is set here");
                        break;
                    }
                }
                definedHere.putIfAbsent(kv.key(), kv);
            }
        }
    }
}
