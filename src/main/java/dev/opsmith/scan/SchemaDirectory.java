package dev.opsmith.scan;

import dev.opsmith.core.Notice;
import dev.opsmith.core.SourceFile;
import dev.opsmith.format.kubernetes.KubernetesJson;
import dev.opsmith.format.kubernetes.ObjectSummary;
import dev.opsmith.format.kubernetes.schema.CustomResourceSchema;
import dev.opsmith.format.kubernetes.schema.KubernetesSchema;
import dev.opsmith.format.yaml.Resolution;
import dev.opsmith.format.yaml.YamlDocument;
import dev.opsmith.format.yaml.YamlFile;
import dev.opsmith.format.yaml.YamlParseException;
import dev.opsmith.format.yaml.YamlParser;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Custom resource schemas in a folder laid out as kubeconform reads them ({@code --schema-dir}):
 * {@code {kind}_{version}.json} with the kind in lower case ({@code certificate_v1.json}, any group), or
 * {@code {group}/{kind}_{version}.json} ({@code cert-manager.io/certificate_v1.json}); {@code .yaml} and
 * {@code .yml} too. A folder whose name contains a dot names the group.
 *
 * <p>Opening lists the file names only. After the index stage has seen which custom resources the scan contains,
 * {@link #schemasFor} reads the schemas of those kinds and no others, so a catalog of thousands of schemas costs
 * only the ones used.
 */
public final class SchemaDirectory {
    private static final Pattern NAME = Pattern.compile("([a-z0-9][a-z0-9.-]*)_(v[0-9a-z]+)\\.(json|ya?ml)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path dir;
    private final String shownAs;
    /** {@link CustomResourceSchema#key} ({@code *} for any group) → file; the first in path order wins. */
    private final Map<String, Path> files;

    private SchemaDirectory(Path dir, String shownAs, Map<String, Path> files) {
        this.dir = dir;
        this.shownAs = shownAs;
        this.files = files;
    }

    /** Lists the schema files under {@code dir}; {@code shownAs} names the folder in messages. */
    public static SchemaDirectory open(Path dir, String shownAs) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : all) {
            Matcher m = NAME.matcher(file.getFileName().toString());
            if (!m.matches()) continue;
            Path parent = dir.relativize(file).getParent();
            String folder = parent == null ? "" : parent.getFileName().toString();
            String group = folder.contains(".") ? folder : "*";
            files.putIfAbsent(CustomResourceSchema.key(group, m.group(2), m.group(1)), file);
        }
        return new SchemaDirectory(dir, shownAs, Map.copyOf(files));
    }

    /** How many schema files the folder holds. */
    public int size() {
        return files.size();
    }

    /**
     * The schemas of the custom resources among {@code summaries} (kinds the bundled Kubernetes schema does not
     * know); a schema file that cannot be read or parsed becomes a notice, and its kind is not validated.
     */
    public List<CustomResourceSchema> schemasFor(Collection<Object> summaries, List<Notice> notices) {
        KubernetesSchema builtIn = KubernetesSchema.get();
        TreeSet<String> wanted = new TreeSet<>();
        for (Object s : summaries) {
            if (s instanceof ObjectSummary o && o.apiVersion().contains("/") && !builtIn.knows(o.apiVersion(), o.kind())) {
                wanted.add(o.apiVersion() + "/" + o.kind());
            }
        }
        List<CustomResourceSchema> out = new ArrayList<>();
        for (String gvk : wanted) {
            String[] parts = gvk.split("/");
            if (parts.length != 3) continue;
            String group = parts[0], version = parts[1], kind = parts[2];
            boolean exact = files.containsKey(CustomResourceSchema.key(group, version, kind));
            Path file = files.get(CustomResourceSchema.key(exact ? group : "*", version, kind));
            if (file == null) continue;
            String shown = shownAs + "/" + dir.relativize(file).toString().replace('\\', '/');
            try {
                out.add(new CustomResourceSchema(exact ? group : null, version, kind, shown, read(file, shown)));
            } catch (IOException | JacksonException | YamlParseException | IllegalArgumentException e) {
                String why = e instanceof YamlParseException y ? "line " + y.span().line() + ": " + e.getMessage()
                        : e.getMessage();
                notices.add(new Notice(shown, "schema not readable (" + why + "); " + kind + " " + group + "/"
                        + version + " objects are not validated against it"));
            }
        }
        return out;
    }

    private static JsonNode read(Path file, String shown) throws IOException, YamlParseException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] bytes = Files.readAllBytes(file);
        JsonNode schema;
        if (name.endsWith(".json")) {
            schema = JSON.readTree(bytes);
        } else {
            YamlFile yaml = YamlParser.parse(SourceFile.of(shown, new String(bytes, StandardCharsets.UTF_8)),
                    Resolution.YAML_1_2);
            List<YamlDocument> docs = yaml.documents();
            if (docs.size() != 1) throw new IllegalArgumentException("expected one YAML document, found " + docs.size());
            schema = KubernetesJson.of(docs.get(0).root());
        }
        if (!schema.isObject()) throw new IllegalArgumentException("a schema must be a JSON object");
        return schema;
    }
}
