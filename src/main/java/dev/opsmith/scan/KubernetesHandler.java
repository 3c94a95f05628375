package dev.opsmith.scan;

import dev.opsmith.core.Format;
import dev.opsmith.core.SourceFile;
import dev.opsmith.format.kubernetes.CustomResourceDefinitions;
import dev.opsmith.format.kubernetes.KubernetesIndex;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.ObjectSummary;
import dev.opsmith.format.kubernetes.schema.CustomResourceSchema;
import dev.opsmith.format.yaml.Resolution;
import dev.opsmith.format.yaml.YamlParseException;
import dev.opsmith.format.yaml.YamlParser;
import dev.opsmith.suppress.Waiver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML files, read as Kubernetes reads them (YAML 1.1). Files with an {@code apiVersion} and a {@code kind}
 * are claimed; other YAML is parsed (a failure is info) but has no objects to check.
 */
final class KubernetesHandler implements FormatHandler {
    private static final Pattern API_VERSION = Pattern.compile("(?m)^\\s*apiVersion\\s*:");
    private static final Pattern KIND = Pattern.compile("(?m)^\\s*kind\\s*:");
    private static final String KUBE_LINTER_IGNORE = "ignore-check.kube-linter.io/";
    private static final Pattern CHECKOV_SKIP = Pattern.compile("checkov\\.io/skip\\d*");

    @Override
    public Format format() {
        return Format.KUBERNETES;
    }

    @Override
    public boolean claims(String text) {
        return API_VERSION.matcher(text).find() && KIND.matcher(text).find();
    }

    @Override
    public boolean trailingComments() {
        return true;
    }

    @Override
    public Object parse(SourceFile file, FileSource files) throws ParseFailure {
        try {
            return KubernetesManifests.of(YamlParser.parse(file, Resolution.YAML_1_1));
        } catch (YamlParseException e) {
            throw new ParseFailure(e.getMessage(), e.span());
        }
    }

    @Override
    public boolean indexes() {
        return true;
    }

    /**
     * One summary per object; the group is the file's folder (later a chart or a kustomization). A
     * CustomResourceDefinition also gives its versions' schemas, which custom resources are validated against.
     */
    @Override
    public List<Object> summarize(Object model, SourceFile source) {
        String rel = source.relativePath();
        String group = ObjectSummary.groupOf(rel);
        List<Object> out = new ArrayList<>();
        for (KubernetesObject o : ((KubernetesManifests) model).objects()) {
            out.add(ObjectSummary.of(o, rel, group));
            out.addAll(CustomResourceDefinitions.schemas(o, rel));
        }
        return out;
    }

    /** Schemas of CRDs in the scan come first (file order), then those of {@code --schema-dir}: the first wins. */
    @Override
    public Object index(List<Object> summaries) {
        List<ObjectSummary> objects = new ArrayList<>();
        List<CustomResourceSchema> schemas = new ArrayList<>();
        for (Object s : summaries) {
            if (s instanceof ObjectSummary o) objects.add(o);
            else if (s instanceof CustomResourceSchema c) schemas.add(c);
        }
        return new KubernetesIndex(objects, schemas);
    }

    /** The outermost node or entry that starts on the line: a pragma before {@code - name: api} covers the container. */
    @Override
    public int statementEnd(Object model, int line) {
        return YamlStatements.end(((KubernetesManifests) model).yaml(), line);
    }

    /** {@code opsmith.dev/ignore}, kube-linter's and checkov's annotations, each covering its object. */
    @Override
    public List<Waiver> waivers(Object model) {
        List<Waiver> out = new ArrayList<>();
        for (KubernetesObject o : ((KubernetesManifests) model).objects()) {
            Map<String, String> annotations = o.annotations();
            int from = o.root().span().line();
            int to = o.root().span().endLine();
            String ours = annotations.get("opsmith.dev/ignore");
            if (ours != null) {
                out.add(new Waiver(ids(ours), annotations.getOrDefault("opsmith.dev/ignore-reason", ""),
                        "annotation opsmith.dev/ignore", from, to));
            }
            for (Map.Entry<String, String> a : annotations.entrySet()) {
                if (a.getKey().startsWith(KUBE_LINTER_IGNORE)) {
                    String check = a.getKey().substring(KUBE_LINTER_IGNORE.length());
                    out.add(new Waiver(List.of(check), a.getValue(), "kube-linter annotation " + a.getKey(), from, to));
                } else if (CHECKOV_SKIP.matcher(a.getKey()).matches()) {
                    Matcher m = Pattern.compile("\\s*([A-Za-z0-9_]+)\\s*(?:=(.*))?").matcher(a.getValue());
                    if (m.matches()) {
                        out.add(new Waiver(List.of(m.group(1)), m.group(2) == null ? "" : m.group(2).strip(),
                                "checkov annotation " + a.getKey(), from, to));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> ids(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
