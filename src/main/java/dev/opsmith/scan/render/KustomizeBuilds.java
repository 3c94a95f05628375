package dev.opsmith.scan.render;

import dev.opsmith.core.Severity;
import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.kustomize.Kustomization;
import dev.opsmith.format.yaml.Resolution;
import dev.opsmith.format.yaml.YamlDocument;
import dev.opsmith.format.yaml.YamlParseException;
import dev.opsmith.format.yaml.YamlParser;
import dev.opsmith.rules.RenderRules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Builds kustomizations with {@code kustomize build} or {@code kubectl kustomize}, after our own walk of the
 * kustomization tree has refused everything those binaries would fetch or run (they have no offline switch):
 * remote resources (KUS001), Helm chart inflation (KUS002), exec and KRM function plugins (KUS003). Only root
 * kustomizations are built (those no other kustomization in the scan uses), each through a temporary wrapper that
 * adds origin and transformer annotations, so the user's files are never edited.
 */
final class KustomizeBuilds {
    /** Transformers and generators kustomize has built in; any other kind in a plugin list is a plugin. */
    private static final Set<String> BUILTIN_KINDS = Set.of("AnnotationsTransformer", "ConfigMapGenerator",
            "HashTransformer", "ImageTagTransformer", "LabelTransformer", "NamespaceTransformer", "PatchJson6902Transformer",
            "PatchStrategicMergeTransformer", "PatchTransformer", "PrefixSuffixTransformer", "PrefixTransformer",
            "SuffixTransformer", "ReplicaCountTransformer", "SecretGenerator", "ValueAddTransformer", "ReplacementTransformer",
            "SortOrderTransformer", "IAMPolicyGenerator");

    private final RenderOptions options;
    private final Path root;
    private final Map<Path, Optional<Kustomization>> parsed = new HashMap<>();
    /** Refusals already reported (a base shared by overlays is walked once per overlay). */
    private final Set<String> reported = new HashSet<>();

    KustomizeBuilds(RenderOptions options, Path root) {
        this.options = options;
        this.root = root.toAbsolutePath().normalize();
    }

    /** What one walk of a kustomization tree found. */
    private static final class Tree {
        final Set<Path> files = new LinkedHashSet<>();
        final Set<Path> kustomizations = new LinkedHashSet<>();
        boolean refused;
        String problem;
    }

    void render(List<Path> dirs, RenderResult out) {
        if (dirs.isEmpty() || "off".equals(options.kustomize())) return;
        Map<Path, Tree> trees = new LinkedHashMap<>();
        Set<Path> used = new HashSet<>();
        for (Path d : dirs) {
            Path dir = d.toAbsolutePath().normalize();
            Tree t = new Tree();
            walk(dir, t, new HashSet<>(), out);
            trees.put(dir, t);
            for (Path k : t.kustomizations) if (!k.equals(dir)) used.add(k);
        }
        Optional<List<String>> binary = binary();
        for (Map.Entry<Path, Tree> e : trees.entrySet()) {
            Path dir = e.getKey();
            Tree tree = e.getValue();
            Optional<Kustomization> k = kustomization(dir, out);
            if (used.contains(dir) || k.isEmpty() || k.get().component()) continue; // built through what uses it
            String rel = rel(dir);
            String file = rel(kustomizationFile(dir).orElse(dir));
            if (tree.refused) {
                out.notice(file, "not built: the kustomization tree has content opsmith refuses (see KUS001-KUS003); its files were scanned one by one");
                continue;
            }
            if (tree.problem != null) {
                out.report(RenderRules.KUSTOMIZE_BUILD_FAILED, file, Span.of(1, 1, 1, 1), tree.problem, null, List.of());
                continue;
            }
            if (binary.isEmpty()) {
                boolean required = "required".equals(options.kustomize());
                out.report(RenderRules.KUSTOMIZE_NOT_RENDERED, file, Span.of(1, 1, 1, 1), "not rendered: install kubectl or "
                        + "kustomize; its YAML files were scanned one by one", required ? Severity.HIGH : null, List.of());
                continue;
            }
            build(dir, rel, file, binary.get(), tree, out);
        }
    }

    private void build(Path dir, String rel, String file, List<String> binary, Tree tree, RenderResult out) {
        Path wrapper = null;
        try {
            wrapper = Files.createTempDirectory("opsmith-kustomize");
            String target = wrapper.relativize(dir).toString().replace('\\', '/');
            Files.writeString(wrapper.resolve("kustomization.yaml"), "# written by opsmith to read origins; removed after the build\n"
                    + "resources:\n  - " + target + "\nbuildMetadata: [originAnnotations, transformerAnnotations]\n");
            List<String> command = new ArrayList<>(binary);
            command.add(wrapper.toString());
            ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = pb.start();
            byte[][] streams = new byte[2][];
            Thread errReader = new Thread(() -> streams[1] = readAll(p.getErrorStream()));
            errReader.start();
            streams[0] = readAll(p.getInputStream());
            if (!p.waitFor(options.timeoutMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                out.report(RenderRules.KUSTOMIZE_BUILD_FAILED, file, Span.of(1, 1, 1, 1), "kustomize did not finish within "
                        + options.timeoutMillis() / 1000 + " s", null, List.of());
                return;
            }
            errReader.join(5000);
            String stdout = new String(streams[0], StandardCharsets.UTF_8);
            String stderr = streams[1] == null ? "" : new String(streams[1], StandardCharsets.UTF_8).strip();
            if (p.exitValue() != 0) {
                String message = cleanError(stderr.replace(wrapper.toString() + "/", "").replace(wrapper.toString(), "(wrapper)"));
                out.report(RenderRules.KUSTOMIZE_BUILD_FAILED, file, Span.of(1, 1, 1, 1), "kustomize build failed: "
                        + (message.isEmpty() ? "exit " + p.exitValue() : message), null, List.of());
                return;
            }
            for (Path f : tree.files) out.covered().add(rel(f));
            String name = HelmCharts.join(rel, "(kustomize build)");
            out.add(new Rendering(rel, rel.isEmpty() ? "." : rel, SourceFile.of(name, stdout),
                    new KustomizeMap(root, wrapper, dir, rel, this), Rendering.Kind.KUSTOMIZATION));
            out.unitRendered();
        } catch (IOException e) {
            out.report(RenderRules.KUSTOMIZE_BUILD_FAILED, file, Span.of(1, 1, 1, 1), "kustomize could not be run: " + e.getMessage(), null, List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (wrapper != null) {
                try {
                    Files.deleteIfExists(wrapper.resolve("kustomization.yaml"));
                    Files.deleteIfExists(wrapper);
                } catch (IOException ignored) {
                    // the temporary folder is the operating system's to clean
                }
            }
        }
    }

    /** kubectl wraps kustomize's error in a log line ({@code E1127 … "command failed" err="…"}): keep the error. */
    static String cleanError(String stderr) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("err=\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(stderr);
        String out = m.find() ? m.group(1).replace("\\\"", "\"") : stderr.replaceFirst("^Error: ", "");
        return out.strip();
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** {@code kustomize build} when on PATH (or configured), else {@code kubectl kustomize}. */
    private Optional<List<String>> binary() {
        if (options.kustomizeBinary() != null) {
            if (!Files.isExecutable(options.kustomizeBinary())) return Optional.empty();
            String name = options.kustomizeBinary().getFileName().toString();
            return Optional.of(name.startsWith("kubectl") ? List.of(options.kustomizeBinary().toString(), "kustomize")
                    : List.of(options.kustomizeBinary().toString(), "build"));
        }
        Optional<Path> k = onPath("kustomize");
        if (k.isPresent()) return Optional.of(List.of(k.get().toString(), "build"));
        return onPath("kubectl").map(p -> List.of(p.toString(), "kustomize"));
    }

    static Optional<Path> onPath(String name) {
        return dev.opsmith.scan.process.Executables.onPath(name);
    }

    /** Walks a kustomization and everything it reads, reporting refusals at the entries that cause them. */
    private void walk(Path dir, Tree tree, Set<Path> visiting, RenderResult out) {
        if (!visiting.add(dir)) {
            tree.problem = "kustomization cycle through " + rel(dir);
            return;
        }
        tree.kustomizations.add(dir);
        Optional<Path> kfile = kustomizationFile(dir);
        Optional<Kustomization> parsedK = kustomization(dir, out);
        if (kfile.isEmpty() || parsedK.isEmpty()) {
            tree.problem = rel(dir) + " has no readable kustomization file";
            visiting.remove(dir);
            return;
        }
        tree.files.add(kfile.get());
        Kustomization k = parsedK.get();
        String file = rel(kfile.get());
        for (Span s : k.helmCharts()) {
            refuse(tree, RenderRules.KUSTOMIZE_HELM_CHARTS, file, s, "helmCharts would run helm and may pull the chart; "
                    + "opsmith does not inflate charts, so this kustomization is not built", out);
        }
        for (Kustomization.Reference r : k.references()) {
            if (r.remote() || r.hostLike() && !Files.exists(dir.resolve(r.value()).normalize())) {
                refuse(tree, RenderRules.KUSTOMIZE_REMOTE, file, r.span(), "remote " + r.use().name().toLowerCase(java.util.Locale.ROOT)
                        + " '" + r.value() + "' would be fetched at build time; opsmith does not fetch, so this kustomization is not built", out);
                continue;
            }
            if (r.inline() != null) {
                plugins(r.inline().text().map(t -> parseAll(t, kfile.get())).orElse(List.of(new YamlDocument(0, r.inline()))),
                        tree, file, r.span(), out);
                continue;
            }
            Path target = dir.resolve(r.value()).normalize();
            if (Files.isDirectory(target)) {
                if (kustomizationFile(target).isEmpty()) {
                    tree.problem = file + ":" + r.span().line() + ": '" + r.value() + "' is a folder without a kustomization";
                } else if (r.use() == Kustomization.Use.GENERATOR || r.use() == Kustomization.Use.TRANSFORMER
                        || r.use() == Kustomization.Use.VALIDATOR) {
                    Tree configs = new Tree();
                    walk(target, configs, visiting, out);
                    tree.files.addAll(configs.files);
                    for (Path f : configs.files) {
                        if (!f.getFileName().toString().startsWith("kustomization") && !f.getFileName().toString().equals("Kustomization")) {
                            plugins(readDocs(f), tree, rel(f), Span.of(1, 1, 1, 1), out);
                        }
                    }
                    tree.refused |= configs.refused;
                } else {
                    walk(target, tree, visiting, out);
                }
            } else if (Files.isRegularFile(target)) {
                tree.files.add(target);
                if (r.use() == Kustomization.Use.GENERATOR || r.use() == Kustomization.Use.TRANSFORMER
                        || r.use() == Kustomization.Use.VALIDATOR) {
                    plugins(readDocs(target), tree, file, r.span(), out);
                }
            } else {
                // kustomize treats a path it cannot find as a possible remote repository: never let it try
                tree.problem = file + ":" + r.span().line() + ": '" + r.value() + "' does not exist (kustomize would try to "
                        + "fetch it as a remote repository, so it was not built)";
            }
        }
        for (Kustomization.Patch p : k.patches()) {
            if (p.path() == null) continue;
            Path target = dir.resolve(p.path()).normalize();
            if (Files.isRegularFile(target)) tree.files.add(target);
            else tree.problem = file + ":" + p.span().line() + ": patch '" + p.path() + "' does not exist";
        }
        visiting.remove(dir);
    }

    private void plugins(List<YamlDocument> configs, Tree tree, String file, Span span, RenderResult out) {
        for (YamlDocument d : configs) {
            String kind = d.root().get("kind").text().orElse("");
            String api = d.root().get("apiVersion").text().orElse("");
            var annotations = d.root().path("metadata", "annotations");
            boolean function = annotations.get("config.kubernetes.io/function").present()
                    || annotations.get("config.k8s.io/function").present();
            if (kind.equals("HelmChartInflationGenerator")) {
                refuse(tree, RenderRules.KUSTOMIZE_HELM_CHARTS, file, span, "HelmChartInflationGenerator would run helm and "
                        + "may pull the chart; this kustomization is not built", out);
            } else if (function || !(api.equals("builtin") || BUILTIN_KINDS.contains(kind))) {
                refuse(tree, RenderRules.KUSTOMIZE_PLUGIN, file, span, "plugin " + (kind.isEmpty() ? "configuration" : kind)
                        + (function ? " (a KRM function)" : " (not built into kustomize: an exec or Go plugin)")
                        + " would run code during the build; opsmith does not run plugins, so this kustomization is not built", out);
            }
        }
    }

    private void refuse(Tree tree, dev.opsmith.core.RuleMeta rule, String file, Span span, String message, RenderResult out) {
        tree.refused = true;
        if (reported.add(rule.id() + file + span)) out.report(rule, file, span, message, null, List.of());
    }

    Optional<Kustomization> kustomization(Path dir, RenderResult out) {
        return parsed.computeIfAbsent(dir, d -> {
            Optional<Path> f = kustomizationFile(d);
            if (f.isEmpty()) return Optional.empty();
            try {
                return Optional.of(Kustomization.parse(Sources.read(f.get(), rel(f.get()))));
            } catch (YamlParseException e) {
                out.report(RenderRules.KUSTOMIZE_BUILD_FAILED, rel(f.get()), e.span(), "kustomization does not parse: " + e.getMessage(), null, List.of());
                return Optional.empty();
            } catch (IOException e) {
                out.notice(rel(f.get()), "kustomization cannot be read: " + e.getMessage());
                return Optional.empty();
            }
        });
    }

    static Optional<Path> kustomizationFile(Path dir) {
        for (String name : List.of("kustomization.yaml", "kustomization.yml", "Kustomization")) {
            if (Files.isRegularFile(dir.resolve(name))) return Optional.of(dir.resolve(name));
        }
        return Optional.empty();
    }

    private List<YamlDocument> readDocs(Path file) {
        try {
            return YamlParser.parse(Sources.read(file, rel(file)), Resolution.YAML_1_2).documents();
        } catch (IOException | YamlParseException e) {
            return List.of();
        }
    }

    private List<YamlDocument> parseAll(String text, Path near) {
        try {
            return YamlParser.parse(SourceFile.of(rel(near), text), Resolution.YAML_1_2).documents();
        } catch (YamlParseException e) {
            return List.of();
        }
    }

    String rel(Path p) {
        return Sources.relative(root, p);
    }
}
