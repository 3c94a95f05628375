package dev.opsmith.format.terraform.eval;

import dev.opsmith.core.SourceFile;
import dev.opsmith.format.terraform.eval.functions.FunctionContext;
import dev.opsmith.format.terraform.hcl.ConfigFile;
import dev.opsmith.format.terraform.hcl.TerraformFiles;
import dev.opsmith.format.terraform.module.ModuleBlock;
import dev.opsmith.format.terraform.module.ModuleGraph;
import dev.opsmith.format.terraform.module.ModuleLoader;
import dev.opsmith.format.terraform.module.TerraformModule;
import dev.opsmith.format.terraform.value.Value;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every Terraform module of a scan, evaluated: what Terraform rules read. A module is the configuration files of one
 * folder. Root modules (folders no scanned module calls) are evaluated with their variable defaults, the variable
 * files Terraform reads on its own there ({@code terraform.tfvars}, {@code *.auto.tfvars}) and the scan's
 * {@link VariableSources}; each module call is entered with the caller's arguments, so a child module is evaluated
 * once per call instance ({@link Evaluation}). A module that no root reaches is evaluated standalone, its unset
 * inputs unknown. What is not given stays unknown, so rules report nothing they cannot decide.
 */
public final class ScannedModules {
    public static final ScannedModules EMPTY = new ScannedModules(Map.of(), Set.of(), List.of());

    /** A parsed Terraform file of the scan: where it is on disk, as reports show it, and its tree. */
    public record Parsed(Path path, String relativePath, ConfigFile file) {
        String dir() {
            int slash = relativePath.lastIndexOf('/');
            return slash < 0 ? "" : relativePath.substring(0, slash);
        }
    }

    /** A plan JSON of the scan ({@code terraform show -json}), as reports show it. */
    public record PlanFile(String relativePath, dev.opsmith.format.terraform.plan.Plan plan) {
    }

    /**
     * One evaluation of a folder's module.
     *
     * @param context  empty for a root or a standalone module; for a called module the call path from its root,
     *                 such as {@code envs/prod: module.database} or {@code envs/prod: module.app.module.db["a"]}
     * @param callSite the {@code module} block that entered it (in the caller's file), empty for a root
     * @param plan     when the values are a plan's planned values, which plan
     */
    public record Evaluation(EvaluatedModule module, String context, Optional<ModuleBlock> callSite,
                             Optional<PlanSource> plan) {

        /** An evaluation of the configuration itself. */
        public Evaluation(EvaluatedModule module, String context, Optional<ModuleBlock> callSite) {
            this(module, context, callSite, Optional.empty());
        }
    }

    /**
     * The plan an evaluation's values come from.
     *
     * @param file          the plan file, as reports show it
     * @param inPlanFile    whether the resources are written in the plan file itself (its configuration is not in
     *                      the scan), so findings point into the plan
     * @param secretsByLine the values the plan marks sensitive, by the plan lines they are written on, so that no
     *                      excerpt of a finding in the plan shows one (empty when findings point at configuration)
     */
    public record PlanSource(String file, boolean inPlanFile, Map<Integer, List<String>> secretsByLine) {
        public PlanSource {
            secretsByLine = Map.copyOf(secretsByLine);
        }
    }

    private final Map<String, List<Evaluation>> evaluations;
    private final Set<String> roots;
    private final List<dev.opsmith.core.Notice> notes;

    private ScannedModules(Map<String, List<Evaluation>> evaluations, Set<String> roots, List<dev.opsmith.core.Notice> notes) {
        this.evaluations = evaluations;
        this.roots = roots;
        this.notes = List.copyOf(notes);
    }

    /** Loads and evaluates the modules of these files; file functions may read only below {@code scanRoot}. */
    public static ScannedModules evaluate(List<Parsed> files, Path scanRoot) {
        return evaluate(files, scanRoot, VariableSources.NONE);
    }

    /** The same, with variable files and values given to the root modules. */
    public static ScannedModules evaluate(List<Parsed> files, Path scanRoot, VariableSources sources) {
        return evaluate(files, List.of(), scanRoot, sources);
    }

    /**
     * The same, and each plan JSON joined by address to the configuration it was made from: its planned values
     * are one more evaluation of the modules they belong to (context {@code plan <file>}).
     */
    public static ScannedModules evaluate(List<Parsed> files, List<PlanFile> plans, Path scanRoot,
                                          VariableSources sources) {
        Map<String, List<Parsed>> byDir = new TreeMap<>();
        for (Parsed p : files) byDir.computeIfAbsent(p.dir(), k -> new ArrayList<>()).add(p);
        Map<String, TerraformModule> modules = new TreeMap<>();
        Map<String, List<ConfigFile>> automatic = new TreeMap<>();
        Map<String, Path> folders = new TreeMap<>();
        for (Map.Entry<String, List<Parsed>> e : byDir.entrySet()) {
            List<ConfigFile> configuration = new ArrayList<>();
            Map<String, ConfigFile> variableFiles = new TreeMap<>();
            for (Parsed p : e.getValue()) {
                String name = p.file().source().name();
                if (TerraformFiles.kind(name).orElse(TerraformFiles.Kind.CONFIGURATION) == TerraformFiles.Kind.VARIABLES) {
                    variableFiles.put(name, p.file());
                } else {
                    configuration.add(p.file());
                }
            }
            if (configuration.isEmpty()) continue;
            List<ConfigFile> auto = new ArrayList<>();
            for (String name : Tfvars.automaticFiles(variableFiles.keySet())) auto.add(variableFiles.get(name));
            automatic.put(e.getKey(), auto);
            folders.put(e.getKey(), e.getValue().get(0).path().getParent());
            modules.put(e.getKey(), ModuleLoader.load(e.getKey(), configuration));
        }
        ModuleGraph graph = ModuleGraph.of(modules.values());
        Set<String> roots = graph.roots();
        Map<String, List<Evaluation>> out = new TreeMap<>();
        InstalledModules installed = new InstalledModules(scanRoot);
        for (String root : roots) {
            List<ConfigFile> varFiles = new ArrayList<>(sources.byRoot().getOrDefault(root, List.of()));
            varFiles.addAll(sources.varFiles());
            Map<String, Value> values = declaredOnly(modules.get(root),
                    Tfvars.values(automatic.get(root), varFiles, sources.vars()));
            ModuleCalls calls = (callerDir, key, source) -> {
                if (source.startsWith("./") || source.startsWith("../")) {
                    String dir = ModuleGraph.normalize(callerDir, source);
                    TerraformModule callee = modules.get(dir);
                    return callee == null ? Optional.empty()
                            : Optional.of(new ModuleCalls.Callee(callee, dir));
                }
                return installed.find(root, key);
            };
            ModuleInputs inputs = new ModuleInputs(values, ".", ".", Optional.empty(),
                    FunctionContext.of(folders.get(root), scanRoot), calls, List.of(root), "");
            EvaluatedModule evaluated = ModuleEvaluator.evaluate(modules.get(root), inputs);
            out.computeIfAbsent(root, k -> new ArrayList<>()).add(new Evaluation(evaluated, "", Optional.empty()));
            collectCalls(evaluated, root + ": ", out);
        }
        for (Map.Entry<String, TerraformModule> e : modules.entrySet()) {
            if (out.containsKey(e.getKey())) continue;
            ModuleInputs inputs = new ModuleInputs(Tfvars.values(automatic.get(e.getKey()), List.of(), List.of()),
                    ".", ".", Optional.empty(), FunctionContext.of(folders.get(e.getKey()), scanRoot));
            out.put(e.getKey(), new ArrayList<>(List.of(
                    new Evaluation(ModuleEvaluator.evaluate(e.getValue(), inputs), "", Optional.empty()))));
        }
        List<dev.opsmith.core.Notice> notes = new ArrayList<>();
        for (PlanFile plan : plans) {
            PlanEvaluations.Result joined = PlanEvaluations.of(plan.relativePath(), plan.plan(), modules, roots, graph, out);
            joined.evaluations().forEach((dir, list) -> out.computeIfAbsent(dir, k -> new ArrayList<>()).addAll(list));
            notes.addAll(joined.notes());
        }
        return new ScannedModules(out, roots, notes);
    }

    /** What the scan should tell about plans it could not fully join to their configuration. */
    public List<dev.opsmith.core.Notice> notes() {
        return notes;
    }

    /** Values for variables the root declares: a shared {@code --tf-vars} file may set others, which are not errors. */
    private static Map<String, Value> declaredOnly(TerraformModule module, Map<String, Value> values) {
        Set<String> declared = new java.util.HashSet<>();
        for (ModuleBlock v : module.variables()) if (!v.labels().isEmpty()) declared.add(v.labels().get(0));
        Map<String, Value> out = new java.util.LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (declared.contains(name)) out.put(name, value);
        });
        return out;
    }

    private static void collectCalls(EvaluatedModule caller, String prefix, Map<String, List<Evaluation>> out) {
        for (ModuleCall call : caller.calls()) {
            String context = prefix + call.address();
            out.computeIfAbsent(call.dir(), k -> new ArrayList<>())
                    .add(new Evaluation(call.child(), context, Optional.of(call.block())));
            collectCalls(call.child(), context + ".", out);
        }
    }

    /** Whether the folder's module is a root: no other scanned module calls it (it is where Terraform runs). */
    public boolean isRoot(String dir) {
        return roots.contains(dir);
    }

    /** The evaluations of a folder's module: one for a root or standalone module, one per call instance otherwise. */
    public List<Evaluation> evaluations(String dir) {
        return evaluations.getOrDefault(dir, List.of());
    }

    /** The first evaluation of a folder's module (relative to the scan root, "" for the root). */
    public Optional<EvaluatedModule> module(String dir) {
        return evaluations(dir).stream().findFirst().map(Evaluation::module);
    }

    /** Modules that {@code terraform init} installed in a root's {@code .terraform/modules}, per its modules.json. */
    private static final class InstalledModules {
        private final Path scanRoot;
        private final Map<String, Map<String, String>> dirsByRoot = new TreeMap<>();
        private final Map<String, Optional<TerraformModule>> loaded = new TreeMap<>();

        InstalledModules(Path scanRoot) {
            this.scanRoot = scanRoot.toAbsolutePath().normalize();
        }

        Optional<ModuleCalls.Callee> find(String root, String key) {
            String dir = dirsByRoot.computeIfAbsent(root, this::read).get(key);
            if (dir == null) return Optional.empty();
            String relative = ModuleGraph.normalize(root, dir);
            return loaded.computeIfAbsent(relative, this::load)
                    .map(m -> new ModuleCalls.Callee(m, relative));
        }

        /** Key → folder (relative to the root) from {@code .terraform/modules/modules.json}; empty when absent. */
        private Map<String, String> read(String root) {
            Path json = scanRoot.resolve(root).resolve(".terraform/modules/modules.json");
            Map<String, String> out = new TreeMap<>();
            if (!java.nio.file.Files.isRegularFile(json)) return out;
            try {
                var tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json.toFile());
                for (var entry : tree.path("Modules")) {
                    String key = entry.path("Key").asString("");
                    String dir = entry.path("Dir").asString("");
                    if (!key.isEmpty() && dir.startsWith(".terraform/modules/")) out.put(key, dir);
                }
            } catch (RuntimeException e) {
                // an unreadable modules.json is as if terraform init had not run: the calls stay unknown
            }
            return out;
        }

        private Optional<TerraformModule> load(String relative) {
            Path dir = scanRoot.resolve(relative).normalize();
            if (!dir.startsWith(scanRoot) || !java.nio.file.Files.isDirectory(dir)) return Optional.empty();
            List<ConfigFile> files = new ArrayList<>();
            try (var list = java.nio.file.Files.list(dir)) {
                for (Path p : list.sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (!java.nio.file.Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
                    if (TerraformFiles.kind(name).orElse(null) != TerraformFiles.Kind.CONFIGURATION) continue;
                    String text = java.nio.file.Files.readString(p);
                    files.add(TerraformFiles.parse(SourceFile.of(relative + "/" + name, text)));
                }
            } catch (java.io.IOException | dev.opsmith.format.terraform.hcl.HclParseException | RuntimeException e) {
                return Optional.empty();
            }
            return files.isEmpty() ? Optional.empty() : Optional.of(ModuleLoader.load(relative, files));
        }
    }
}
