package dev.opsmith.format.terraform.module;

import dev.opsmith.format.terraform.hcl.Expression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which modules call which. A local call ({@code source = "./modules/x"} or {@code "../x"}) names a folder of the
 * scan; registry, git and URL sources are remote and are never fetched. Root modules are the folders no other
 * scanned module calls (typically {@code envs/*}); child modules are evaluated through their calls.
 */
public final class ModuleGraph {

    /** A module call: the block, its source as written (empty when not a literal), and the folder it names if local. */
    public record Call(String caller, ModuleBlock block, String source, Optional<String> localDir) {
        public boolean remote() {
            return !source.isEmpty() && localDir.isEmpty();
        }
    }

    private final Map<String, List<Call>> calls;
    private final Set<String> roots;

    private ModuleGraph(Map<String, List<Call>> calls, Set<String> roots) {
        this.calls = calls;
        this.roots = roots;
    }

    public static ModuleGraph of(Collection<TerraformModule> modules) {
        Map<String, List<Call>> calls = new TreeMap<>();
        Set<String> called = new TreeSet<>();
        Set<String> dirs = new TreeSet<>();
        for (TerraformModule m : modules) dirs.add(m.dir());
        for (TerraformModule m : modules) {
            List<Call> out = new ArrayList<>();
            for (ModuleBlock b : m.moduleCalls()) {
                String source = b.attribute("source").map(a -> a.node().value() instanceof Expression.Template t
                        ? t.literalValue().orElse("") : "").orElse("");
                Optional<String> local = source.startsWith("./") || source.startsWith("../")
                        ? Optional.of(normalize(m.dir(), source)) : Optional.empty();
                local.filter(dirs::contains).ifPresent(called::add);
                out.add(new Call(m.dir(), b, source, local));
            }
            calls.put(m.dir(), List.copyOf(out));
        }
        Set<String> roots = new TreeSet<>(dirs);
        roots.removeAll(called);
        return new ModuleGraph(calls, roots);
    }

    /** Folders of the root modules, in name order. */
    public Set<String> roots() {
        return roots;
    }

    /** The module calls written in one module's folder. */
    public List<Call> calls(String dir) {
        return calls.getOrDefault(dir, List.of());
    }

    /** {@code envs/prod} + {@code ../../modules/s3} → {@code modules/s3}; a path leaving the scan root keeps its {@code ..}. */
    public static String normalize(String dir, String source) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        String joined = dir.isEmpty() ? source : dir + "/" + source;
        for (String p : joined.split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) parts.removeLast();
            else parts.addLast(p);
        }
        return String.join("/", parts);
    }
}
