package dev.opsmith.format.terraform.eval;

import dev.opsmith.format.terraform.eval.functions.FunctionContext;
import dev.opsmith.format.terraform.hcl.ConfigFile;
import dev.opsmith.format.terraform.hcl.TerraformFiles;
import dev.opsmith.format.terraform.module.ModuleLoader;
import dev.opsmith.format.terraform.module.TerraformModule;
import dev.opsmith.format.terraform.value.Value;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every Terraform module of a scan, evaluated: what Terraform rules read. A module is the configuration files of one
 * folder; each is evaluated with its variable defaults and the values of the variable files Terraform reads on its
 * own in that folder ({@code terraform.tfvars}, {@code *.auto.tfvars}); what is not given stays unknown, so rules
 * report nothing they cannot decide. (Module calls are evaluated standalone for now: a child module's inputs are
 * unknown unless it has defaults.)
 */
public final class ScannedModules {
    public static final ScannedModules EMPTY = new ScannedModules(Map.of(), java.util.Set.of());

    /** A parsed Terraform file of the scan: where it is on disk, as reports show it, and its tree. */
    public record Parsed(Path path, String relativePath, ConfigFile file) {
        String dir() {
            int slash = relativePath.lastIndexOf('/');
            return slash < 0 ? "" : relativePath.substring(0, slash);
        }
    }

    private final Map<String, EvaluatedModule> modules;
    private final java.util.Set<String> roots;

    private ScannedModules(Map<String, EvaluatedModule> modules, java.util.Set<String> roots) {
        this.modules = modules;
        this.roots = roots;
    }

    /** Loads and evaluates the modules of these files; file functions may read only below {@code scanRoot}. */
    public static ScannedModules evaluate(List<Parsed> files, Path scanRoot) {
        Map<String, List<Parsed>> byDir = new TreeMap<>();
        for (Parsed p : files) byDir.computeIfAbsent(p.dir(), k -> new ArrayList<>()).add(p);
        Map<String, EvaluatedModule> out = new TreeMap<>();
        List<TerraformModule> loaded = new ArrayList<>();
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
            List<ConfigFile> automatic = new ArrayList<>();
            for (String name : Tfvars.automaticFiles(variableFiles.keySet())) automatic.add(variableFiles.get(name));
            Map<String, Value> values = Tfvars.values(automatic, List.of(), List.of());
            Path moduleDir = e.getValue().get(0).path().getParent();
            TerraformModule module = ModuleLoader.load(e.getKey(), configuration);
            loaded.add(module);
            ModuleInputs inputs = new ModuleInputs(values, ".", ".", Optional.empty(), FunctionContext.of(moduleDir, scanRoot));
            out.put(e.getKey(), ModuleEvaluator.evaluate(module, inputs));
        }
        return new ScannedModules(out, dev.opsmith.format.terraform.module.ModuleGraph.of(loaded).roots());
    }

    /** Whether the folder's module is a root: no other scanned module calls it (it is where Terraform runs). */
    public boolean isRoot(String dir) {
        return roots.contains(dir);
    }

    /** The evaluated module of a folder (relative to the scan root, "" for the root). */
    public Optional<EvaluatedModule> module(String dir) {
        return Optional.ofNullable(modules.get(dir));
    }
}
