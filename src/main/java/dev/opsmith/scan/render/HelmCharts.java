package dev.opsmith.scan.render;

import dev.opsmith.core.RelatedLocation;
import dev.opsmith.core.Severity;
import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.helm.ChartFile;
import dev.opsmith.format.helm.RenderedManifest;
import dev.opsmith.format.helm.TemplateLines;
import dev.opsmith.format.helm.ValuesFiles;
import dev.opsmith.format.yaml.Resolution;
import dev.opsmith.format.yaml.YamlDocument;
import dev.opsmith.format.yaml.YamlFile;
import dev.opsmith.format.yaml.YamlLocate;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.format.yaml.YamlParseException;
import dev.opsmith.format.yaml.YamlParser;
import dev.opsmith.rules.RenderRules;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders Helm charts with the embedded Helm (in {@link HelmProcess}), once per environment of the values matrix,
 * lints each chart once, and maps every rendered line back to its template and values file.
 */
final class HelmCharts {
    /** Helm names the failing template as {@code (chart/templates/x.yaml:11:20)} or {@code chart/templates/x.yaml:11:20:}. */
    private static final Pattern HELM_POSITION = Pattern.compile("\\(?([^\\s():]+\\.(?:ya?ml|tpl|txt|json)):(\\d+)(?::(\\d+))?\\)?");
    private static final Pattern LINT = Pattern.compile("^\\[(ERROR|WARNING|INFO)]\\s*([^:]*):?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern ENV_VALUES = Pattern.compile("values[-.]([A-Za-z0-9_-]+)\\.ya?ml");
    static final String RELEASE_NAME = "release-name";
    static final String RELEASE_NAMESPACE = "release-namespace";

    private final RenderOptions options;
    private final Path root;
    private final HelmProcess helm;

    HelmCharts(RenderOptions options, Path root, HelmProcess helm) {
        this.options = options;
        this.root = root;
        this.helm = helm;
    }

    void render(Path dir, String rel, RenderResult out) {
        String chartYamlRel = join(rel, "Chart.yaml");
        ChartFile chart;
        try {
            chart = ChartFile.parse(Sources.read(dir.resolve("Chart.yaml"), chartYamlRel));
        } catch (YamlParseException e) {
            out.report(RenderRules.HELM_RENDER_FAILED, chartYamlRel, e.span(), "Chart.yaml does not parse: " + e.getMessage(), null, List.of());
            return;
        } catch (IOException e) {
            out.report(RenderRules.HELM_RENDER_FAILED, chartYamlRel, Span.of(1, 1, 1, 1), "Chart.yaml cannot be read: " + e.getMessage(), null, List.of());
            return;
        }
        if (!options.helm()) {
            out.report(RenderRules.HELM_UNAVAILABLE, chartYamlRel, Span.of(1, 1, 1, 1),
                    "chart '" + chart.name() + "' not rendered: Helm rendering is turned off (--helm off); its templates were not checked",
                    null, List.of());
            return;
        }
        boolean missing = false;
        for (ChartFile.Dependency d : chart.dependencies()) {
            if (!vendored(dir, d)) {
                missing = true;
                out.report(RenderRules.HELM_DEPENDENCY_NOT_VENDORED, chartYamlRel, d.span(), "dependency '" + d.name() + "' "
                        + (d.version().isEmpty() ? "" : d.version() + " ") + "is not in charts/; opsmith never downloads "
                        + "charts, so '" + chart.name() + "' was not rendered. Run `helm dependency build` and commit charts/", null, List.of());
            }
        }
        if (missing) return;
        if (!HelmProcess.available()) {
            out.report(RenderRules.HELM_UNAVAILABLE, chartYamlRel, Span.of(1, 1, 1, 1), "chart '" + chart.name()
                    + "' not rendered: Helm rendering unavailable on this platform (" + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch") + "); its templates were not checked", null, List.of());
            return;
        }
        Map<String, List<Path>> matrix = matrix(dir);
        boolean any = false;
        for (Map.Entry<String, List<Path>> env : matrix.entrySet()) {
            List<Path> values = env.getValue();
            List<String> contexts = env.getKey().isEmpty() ? List.of() : List.of(env.getKey());
            HelmProcess.Answer answer = helm.template(dir, RELEASE_NAME, RELEASE_NAMESPACE, helmKubeVersion(), values, options.helmSet());
            if (!answer.ok()) {
                failure(chart, dir, rel, answer.error(), contexts, out);
                continue;
            }
            any = true;
            String manifest = answer.json().path("manifest").asString("");
            String name = join(rel, "(rendered" + (env.getKey().isEmpty() ? "" : " " + env.getKey()) + ")");
            out.add(new Rendering(rel, env.getKey(), SourceFile.of(name, manifest),
                    new ChartMap(chart, dir, rel, RenderedManifest.of(manifest), valuesFiles(dir, rel, values, out)),
                    Rendering.Kind.CHART));
        }
        if (any) out.unitRendered();
        lint(chart, dir, rel, out);
    }

    /** The environments to render: the matrix given, else {@code values-<env>.yaml} files beside values.yaml, else one. */
    private Map<String, List<Path>> matrix(Path dir) {
        Map<String, List<Path>> out = new LinkedHashMap<>();
        if (!options.helmMatrix().isEmpty()) {
            for (Map.Entry<String, List<Path>> e : options.helmMatrix().entrySet()) {
                List<Path> files = new ArrayList<>(resolveAll(dir, options.helmValues()));
                files.addAll(resolveAll(dir, e.getValue()));
                out.put(e.getKey(), files);
            }
            return out;
        }
        if (options.helmValues().isEmpty()) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                java.util.TreeMap<String, Path> envs = new java.util.TreeMap<>();
                for (Path p : s) {
                    Matcher m = ENV_VALUES.matcher(p.getFileName().toString());
                    if (m.matches() && Files.isRegularFile(p)) envs.put(m.group(1), p);
                }
                for (Map.Entry<String, Path> e : envs.entrySet()) out.put(e.getKey(), List.of(e.getValue()));
            } catch (IOException ignored) {
                // unreadable folder: render with the defaults below
            }
        }
        if (out.isEmpty()) out.put("", resolveAll(dir, options.helmValues()));
        return out;
    }

    /** A values file given on the command line: relative to the working folder, else to the chart. */
    private static List<Path> resolveAll(Path chart, List<Path> files) {
        List<Path> out = new ArrayList<>();
        for (Path f : files) out.add(f.isAbsolute() || Files.exists(f) || !Files.exists(chart.resolve(f)) ? f : chart.resolve(f));
        return out;
    }

    private String helmKubeVersion() {
        String v = options.kubeVersion();
        return v.chars().filter(c -> c == '.').count() == 1 ? v + ".0" : v;
    }

    private static boolean vendored(Path dir, ChartFile.Dependency d) {
        Path charts = dir.resolve("charts");
        if (Files.isRegularFile(charts.resolve(d.name()).resolve("Chart.yaml"))) return true;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(charts, d.name() + "-*.tgz")) {
            return s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /** HELM001 at the template line Helm names, else at Chart.yaml. */
    private void failure(ChartFile chart, Path dir, String rel, String error, List<String> contexts, RenderResult out) {
        String message = error.replace("\n\nUse --debug flag to render out invalid YAML", "").strip();
        String file = join(rel, "Chart.yaml");
        Span span = Span.of(1, 1, 1, 1);
        Matcher m = HELM_POSITION.matcher(message);
        if (m.find()) {
            String inChart = RenderedManifest.chartRelative(m.group(1));
            if (Files.isRegularFile(dir.resolve(inChart))) {
                file = join(rel, inChart);
                int line = Integer.parseInt(m.group(2));
                int column = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
                span = Span.of(line, column, line, column + 1);
            }
        }
        out.report(RenderRules.HELM_RENDER_FAILED, file, span, "chart '" + chart.name() + "' does not render"
                + (contexts.isEmpty() ? "" : " with the " + contexts.get(0) + " values") + ": " + message, null, contexts);
    }

    /** helm lint with the chart's default values (the embedded Helm's lint takes no values files or version). */
    private void lint(ChartFile chart, Path dir, String rel, RenderResult out) {
        HelmProcess.Answer answer = helm.lint(dir);
        if (!answer.ok()) {
            out.notice(join(rel, "Chart.yaml"), "helm lint could not run: " + answer.error());
            return;
        }
        for (var node : answer.json().path("messages")) {
            Matcher m = LINT.matcher(node.asString());
            if (!m.matches()) continue;
            Severity severity = switch (m.group(1)) {
                case "ERROR" -> Severity.MEDIUM;
                case "WARNING" -> Severity.LOW;
                default -> Severity.INFO;
            };
            String where = m.group(2).strip();
            String text = m.group(3).strip();
            String file = join(rel, where.isEmpty() || where.endsWith("/") || !Files.isRegularFile(dir.resolve(where)) ? "Chart.yaml" : where);
            Span span = Span.of(1, 1, 1, 1);
            Matcher pos = HELM_POSITION.matcher(text);
            if (pos.find() && Files.isRegularFile(dir.resolve(RenderedManifest.chartRelative(pos.group(1))))) {
                file = join(rel, RenderedManifest.chartRelative(pos.group(1)));
                int line = Integer.parseInt(pos.group(2));
                span = Span.of(line, 1, line, 2);
            }
            out.report(RenderRules.HELM_LINT, file, span, "helm lint (default values): " + (where.isEmpty() ? "" : where + ": ") + text,
                    severity, List.of());
        }
    }

    private ValuesFiles valuesFiles(Path dir, String rel, List<Path> extra, RenderResult out) {
        List<ValuesFiles.ValuesFile> files = new ArrayList<>();
        List<Path> all = new ArrayList<>();
        if (Files.isRegularFile(dir.resolve("values.yaml"))) all.add(dir.resolve("values.yaml"));
        all.addAll(extra);
        for (Path p : all) {
            String shown = relativeToRoot(p);
            try {
                SourceFile source = Sources.read(p, shown);
                files.add(ValuesFiles.ValuesFile.of(source, YamlParser.parse(source, Resolution.YAML_1_2).documents()));
            } catch (IOException | YamlParseException e) {
                out.notice(shown, "values file not read for locating values: " + e.getMessage());
            }
        }
        return new ValuesFiles(files);
    }

    private String relativeToRoot(Path p) {
        return Sources.relative(root, p);
    }

    static String join(String dir, String name) {
        return dir.isEmpty() ? name : dir + "/" + name;
    }

    /** Maps lines of one rendered chart to templates ({@code # Source:}) and values files. */
    private static final class ChartMap implements Rendering.SourceMap {
        private final ChartFile chart;
        private final Path dir;
        private final String rel;
        private final RenderedManifest manifest;
        private final ValuesFiles values;
        private final Map<String, Optional<SourceFile>> templates = new HashMap<>();
        private final Map<String, TemplateLines> lines = new HashMap<>();

        ChartMap(ChartFile chart, Path dir, String rel, RenderedManifest manifest, ValuesFiles values) {
            this.chart = chart;
            this.dir = dir;
            this.rel = rel;
            this.manifest = manifest;
            this.values = values;
        }

        @Override
        public Rendering.Location locate(Span span, YamlFile rendered) {
            Optional<RenderedManifest.Part> part = manifest.partAt(span.line());
            if (part.isEmpty()) return fallback("the rendered line has no # Source: comment");
            String inChart = RenderedManifest.chartRelative(part.get().source());
            Optional<SourceFile> template = templates.computeIfAbsent(inChart, this::template);
            if (template.isEmpty()) return subchart(inChart);
            Optional<YamlDocument> doc = YamlLocate.document(rendered, span.line());
            if (doc.isEmpty()) return first(template.get(), "the finding is outside any rendered document");
            YamlNode node = YamlLocate.at(doc.get().root(), span);
            List<String> keys = YamlLocate.keys(node.pointer());
            if (keys.isEmpty()) return first(template.get(), "the finding concerns the whole object");
            int occurrence = occurrence(rendered, part.get(), keys, node);
            TemplateLines t = lines.computeIfAbsent(inChart, k -> TemplateLines.of(template.get().text()));
            Optional<TemplateLines.Match> match = t.locate(keys, occurrence);
            if (match.isEmpty()) {
                return first(template.get(), "no line of the template writes " + String.join(".", keys));
            }
            TemplateLines.Match m = match.get();
            String lineText = template.get().line(m.line());
            Span at = Span.of(m.line(), m.column(), m.line(), Math.max(m.column() + 1, lineText.stripTrailing().length() + 1));
            List<RelatedLocation> related = new ArrayList<>();
            if (m.valuesPath().isPresent()) {
                List<String> path = new ArrayList<>(List.of(m.valuesPath().get().split("\\.")));
                path.addAll(m.unmatched());
                values.find(path).ifPresent(v -> related.add(new RelatedLocation(v.file().relativePath(), v.span(),
                        "value " + v.path() + " set here")));
            }
            return new Rendering.Location(template.get(), at, related, Optional.empty());
        }

        /** How many nodes with the same key path come before this one in the same template's output. */
        private static int occurrence(YamlFile rendered, RenderedManifest.Part part, List<String> keys, YamlNode node) {
            int[] count = {0};
            boolean[] done = {false};
            for (YamlDocument d : rendered.documents()) {
                int line = d.root().span().line();
                if (line < part.firstLine() || line > part.lastLine()) continue;
                walk(d.root(), keys, node, count, done);
                if (done[0]) break;
            }
            return count[0];
        }

        private static void walk(YamlNode n, List<String> keys, YamlNode target, int[] count, boolean[] done) {
            if (done[0]) return;
            if (n.pointer().equals(target.pointer()) && n.span().equals(target.span())) {
                done[0] = true;
                return;
            }
            if (YamlLocate.keys(n.pointer()).equals(keys)) count[0]++;
            for (var e : n.entries()) walk(e.value(), keys, target, count, done);
            for (YamlNode i : n.items()) walk(i, keys, target, count, done);
        }

        private Optional<SourceFile> template(String inChart) {
            Path p = dir.resolve(inChart);
            if (!Files.isRegularFile(p)) return Optional.empty();
            try {
                return Optional.of(Sources.read(p, join(rel, inChart)));
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        private Rendering.Location first(SourceFile template, String why) {
            return new Rendering.Location(template, Span.of(1, 1, 1, Math.max(2, template.line(1).length() + 1)), List.of(),
                    Optional.of("shown at the template's first line: " + why));
        }

        /** A template inside a packaged dependency (charts/x.tgz) has no file to point at: the dependency entry. */
        private Rendering.Location subchart(String inChart) {
            String[] parts = inChart.split("/");
            String name = parts.length > 1 && parts[0].equals("charts") ? parts[1] : "";
            for (ChartFile.Dependency d : chart.dependencies()) {
                if (d.renderedName().equals(name)) {
                    return new Rendering.Location(chart.source(), d.span(), List.of(),
                            Optional.of("in packaged dependency '" + name + "' (" + inChart + ")"));
                }
            }
            return fallback("rendered from " + inChart + ", which is not a file in the chart");
        }

        private Rendering.Location fallback(String why) {
            return new Rendering.Location(chart.source(), Span.of(1, 1, 1, Math.max(2, chart.source().line(1).length() + 1)),
                    List.of(), Optional.of("shown at Chart.yaml: " + why));
        }
    }
}
