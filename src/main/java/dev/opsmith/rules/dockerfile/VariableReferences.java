package dev.opsmith.rules.dockerfile;

import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.KeyValue;
import dev.opsmith.format.dockerfile.Stage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code $NAME} and {@code ${NAME...}} references in raw Dockerfile text, as BuildKit's word expansion sees them:
 * the escape character makes a {@code $} literal and single quotes suppress expansion.
 */
final class VariableReferences {
    /** Build args BuildKit defines without an ARG instruction (platform args and proxies). */
    static final Set<String> PREDEFINED = Set.of("TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT",
            "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "HTTP_PROXY", "http_proxy", "HTTPS_PROXY",
            "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy");

    /**
     * One reference.
     *
     * @param name     the variable name
     * @param start    offset of the {@code $} in the text
     * @param end      offset just after the reference
     * @param fallback true for {@code ${X:-word}}, {@code ${X-word}}, {@code ${X:+word}}, {@code ${X+word}}: the
     *                 author chose what happens when X is unset
     */
    record Ref(String name, int start, int end, boolean fallback) {
    }

    private VariableReferences() {
    }

    static List<Ref> in(String text, char escape) {
        List<Ref> out = new ArrayList<>();
        if (text == null || text.indexOf('$') < 0) return out;
        boolean single = false;
        boolean dbl = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == escape && !single) {
                i++;
            } else if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '$' && !single && i + 1 < n) {
                char d = text.charAt(i + 1);
                if (d == '{') {
                    int j = i + 2;
                    while (j < n && isNamePart(text.charAt(j))) j++;
                    int close = text.indexOf('}', j);
                    if (j == i + 2 || !isNameStart(text.charAt(i + 2)) || close < 0) continue;
                    String op = text.substring(j, close);
                    boolean fallback = op.startsWith(":-") || op.startsWith("-") || op.startsWith(":+") || op.startsWith("+");
                    out.add(new Ref(text.substring(i + 2, j), i, close + 1, fallback));
                    i = close;
                } else if (isNameStart(d)) {
                    int j = i + 1;
                    while (j < n && isNamePart(text.charAt(j))) j++;
                    out.add(new Ref(text.substring(i + 1, j), i, j, false));
                    i = j - 1;
                }
            }
        }
        return out;
    }

    static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }

    /**
     * Names declared before {@code at} in its scope, with or without a value: the stage's earlier ARGs and ENVs, the
     * ENVs of the stages it is built on, and whatever {@link Dockerfile#variablesAt} knows. Before the first FROM, the
     * earlier global ARGs. Variables a base image defines are unknown here.
     */
    static Set<String> declaredBefore(Dockerfile dockerfile, Instruction at) {
        Set<String> out = new HashSet<>(dockerfile.variablesAt(at).keySet());
        Stage stage = dockerfile.stageOf(at).orElse(null);
        if (stage == null) {
            for (Instruction ins : dockerfile.instructions()) {
                if (ins == at || ins.stageIndex() >= 0) break;
                if (ins.is("ARG")) for (KeyValue kv : ins.pairs()) out.add(kv.key());
            }
            return out;
        }
        for (Instruction ins : stage.instructions()) {
            if (ins == at) break;
            if (ins.is("ARG", "ENV")) for (KeyValue kv : ins.pairs()) out.add(kv.key());
        }
        for (Stage base = stage.baseStage().orElse(null); base != null; base = base.baseStage().orElse(null)) {
            for (Instruction ins : base.instructions("ENV")) for (KeyValue kv : ins.pairs()) out.add(kv.key());
        }
        return out;
    }
}
