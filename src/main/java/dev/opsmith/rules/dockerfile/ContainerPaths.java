package dev.opsmith.rules.dockerfile;

import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Stage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Paths inside the image for the filesystem rules: absolute or not, cleaned, and the working directory WORKDIR sets
 * for an instruction (inherited through {@code FROM <alias>}, relative WORKDIRs resolved against the previous one).
 */
final class ContainerPaths {
    private ContainerPaths() {
    }

    /** True for {@code /x} and Windows paths such as {@code C:\x}, {@code C:/x} or {@code \x}. */
    static boolean isAbsolute(String path) {
        if (path.startsWith("/") || path.startsWith("\\")) return true;
        return path.length() >= 3 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':'
                && (path.charAt(2) == '\\' || path.charAt(2) == '/');
    }

    /** True when the path starts with {@code $} (its value, and so whether it is absolute, is decided later). */
    static boolean startsWithVariable(String path) {
        return path.startsWith("$");
    }

    /** The path with {@code .}, {@code ..}, repeated and trailing slashes removed ({@code /} stays {@code /}). */
    static String clean(String path) {
        boolean rooted = path.startsWith("/");
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : path.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                if (!parts.isEmpty() && !parts.peekLast().equals("..")) parts.removeLast();
                else if (!rooted) parts.addLast("..");
            } else {
                parts.addLast(seg);
            }
        }
        String joined = String.join("/", parts);
        return rooted ? "/" + joined : joined.isEmpty() ? "." : joined;
    }

    /** {@code path} resolved against the absolute directory {@code dir}, cleaned. */
    static String resolve(String dir, String path) {
        return clean(path.startsWith("/") ? path : dir + "/" + path);
    }

    /** True when one path is the other or lies below it. */
    static boolean overlap(String a, String b) {
        return a.equals(b) || a.equals("/") || b.equals("/") || a.startsWith(b + "/") || b.startsWith(a + "/");
    }

    /** The WORKDIR instructions in force for {@code at}: those of its stage's FROM chain that come before it. */
    static List<Instruction> workdirsBefore(Dockerfile dockerfile, Instruction at) {
        Optional<Stage> stage = dockerfile.stageOf(at);
        if (stage.isEmpty()) return List.of();
        List<Stage> chain = new ArrayList<>();
        for (Stage s = stage.get(); s != null && !chain.contains(s); s = s.baseStage().orElse(null)) chain.add(0, s);
        List<Instruction> out = new ArrayList<>();
        for (Stage s : chain) {
            for (Instruction i : s.instructions()) {
                if (i == at) return out;
                if (i.is("WORKDIR") && !i.words().isEmpty()) out.add(i);
            }
        }
        return out;
    }

    /**
     * The absolute working directory {@code at} runs in ({@code /} when no WORKDIR is set); empty when a WORKDIR
     * value has an unresolved variable or is a Windows path.
     */
    static Optional<String> workdirAt(Dockerfile dockerfile, Instruction at) {
        String dir = "/";
        for (Instruction w : workdirsBefore(dockerfile, at)) {
            Optional<String> next = applyWorkdir(dockerfile, w, dir);
            if (next.isEmpty()) return Optional.empty();
            dir = next.get();
        }
        return Optional.of(dir);
    }

    /** The directory a WORKDIR instruction sets, given the one before it; empty when unresolved. */
    static Optional<String> applyWorkdir(Dockerfile dockerfile, Instruction workdir, String before) {
        String value = dockerfile.expand(workdir, workdir.words().get(0).value());
        if (value.indexOf('$') >= 0 || value.isEmpty() || (isAbsolute(value) && !value.startsWith("/"))) {
            return Optional.empty();
        }
        return Optional.of(resolve(before, value));
    }
}
