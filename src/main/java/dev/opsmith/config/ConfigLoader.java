package dev.opsmith.config;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.opsmith.core.Severity;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and validates {@code .opsmith.yaml} against the schema we ship; reports every problem at once. */
public final class ConfigLoader {
    public static final String FILE_NAME = ".opsmith.yaml";
    private static final Schema SCHEMA = loadSchema();
    private static final Pattern SIZE = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*([KMG]i?B|B)?");

    private ConfigLoader() {
    }

    /** The config at {@code root/.opsmith.yaml} (or {@code .opsmith.yml}), or {@link Config#EMPTY} when there is none. */
    public static Config loadDefault(Path root) throws ConfigException {
        for (String name : List.of(FILE_NAME, ".opsmith.yml")) {
            Path p = root.resolve(name);
            if (Files.isRegularFile(p)) return load(p, name);
        }
        return Config.EMPTY;
    }

    public static Config load(Path file, String shownAs) throws ConfigException {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new ConfigException(List.of(shownAs + ": configuration file not found"));
        } catch (CharacterCodingException e) {
            throw new ConfigException(List.of(shownAs + ": not UTF-8 text"));
        } catch (IOException e) {
            throw new ConfigException(List.of(shownAs + ": cannot be read (" + e.getMessage() + ")"));
        }
        return parse(text, shownAs);
    }

    public static Config parse(String text, String shownAs) throws ConfigException {
        PositionedYaml yaml = PositionedYaml.parse(text, shownAs);
        List<String> problems = new ArrayList<>(yaml.duplicateKeys);
        if (!yaml.root.isObject()) {
            throw new ConfigException(List.of(shownAs + ":1:1: the configuration must be a mapping of settings"));
        }
        for (Error e : SCHEMA.validate(yaml.root)) {
            problems.add(describe(e, yaml, shownAs));
        }
        if (!problems.isEmpty()) throw new ConfigException(problems.stream().distinct().sorted(ConfigLoader::byPosition).toList());
        return toConfig(yaml, shownAs);
    }

    private static String describe(Error e, PositionedYaml yaml, String shownAs) {
        String pointer = pointer(e.getInstanceLocation());
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        String property = e.getProperty();
        if ("additionalProperties".equals(keyword) && property != null) {
            String child = pointer + "/" + property;
            return yaml.where(shownAs, child, true) + ": " + PositionedYaml.display(child)
                    + ": unknown key; see the configuration section of the README for the keys";
        }
        if ("required".equals(keyword) && property != null) {
            return yaml.where(shownAs, pointer, true) + ": " + PositionedYaml.display(pointer)
                    + ": missing required key '" + property + "'";
        }
        String message = e.getMessage();
        // the validator prefixes the instance path; we print our own
        int colon = message.indexOf(": ");
        if (colon > 0 && (message.startsWith("/") || message.startsWith("$"))) message = message.substring(colon + 2);
        if ("enum".equals(keyword)) {
            message = "must be one of " + e.getSchemaNode().toString().replace("\"", "").replace(",", ", ");
        }
        return yaml.where(shownAs, pointer, false) + ": " + PositionedYaml.display(pointer) + ": " + message;
    }

    private static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object el = path.getElement(i);
            sb.append('/').append(String.valueOf(el).replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    private static int byPosition(String a, String b) {
        return Long.compare(positionKey(a), positionKey(b)) != 0 ? Long.compare(positionKey(a), positionKey(b)) : a.compareTo(b);
    }

    private static long positionKey(String message) {
        Matcher m = Pattern.compile("^[^:]*:(\\d+):(\\d+):").matcher(message);
        return m.find() ? Long.parseLong(m.group(1)) * 10_000 + Long.parseLong(m.group(2)) : 0;
    }

    private static Config toConfig(PositionedYaml yaml, String shownAs) {
        JsonNode r = yaml.root;
        Map<String, String> locations = new LinkedHashMap<>();
        List<String> disable = ids(r.path("rules").path("disable"), "/rules/disable", yaml, shownAs, locations);
        List<String> enable = ids(r.path("rules").path("enable"), "/rules/enable", yaml, shownAs, locations);
        Map<String, Severity> overrides = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : r.path("rules").path("severity").properties()) {
            overrides.put(e.getKey(), Severity.parse(e.getValue().asString()));
            locations.putIfAbsent(e.getKey(), yaml.where(shownAs, "/rules/severity/" + e.getKey(), true));
        }
        Map<String, Map<String, List<String>>> settings = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> rule : r.path("rules").path("settings").properties()) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : rule.getValue().properties()) {
                List<String> list = new ArrayList<>();
                if (e.getValue().isArray()) e.getValue().forEach(n -> list.add(n.asString()));
                else list.add(e.getValue().asString());
                values.put(e.getKey(), list);
            }
            settings.put(rule.getKey(), values);
            locations.putIfAbsent(rule.getKey(), yaml.where(shownAs, "/rules/settings/" + rule.getKey(), true));
        }
        Map<String, Long> limits = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : r.path("limits").properties()) {
            limits.put(e.getKey(), e.getValue().isNumber() ? e.getValue().asLong() : parseSize(e.getValue().asString()));
        }
        List<String> exclude = new ArrayList<>();
        r.path("exclude").forEach(n -> exclude.add(n.asString()));
        JsonNode hadolint = r.path("migration").path("hadolint");
        Map<String, List<String>> varFiles = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : r.path("terraform").path("var-files").properties()) {
            List<String> list = new ArrayList<>();
            if (e.getValue().isArray()) e.getValue().forEach(n -> list.add(n.asString()));
            else list.add(e.getValue().asString());
            varFiles.put(e.getKey(), list);
            locations.putIfAbsent("terraform.var-files." + e.getKey(),
                    yaml.where(shownAs, "/terraform/var-files/" + e.getKey().replace("~", "~0").replace("/", "~1"), true));
        }
        return new Config(shownAs,
                r.has("fail-on") ? Severity.parse(r.get("fail-on").asString()) : null,
                r.has("severity-threshold") ? Severity.parse(r.get("severity-threshold").asString()) : null,
                exclude, disable, enable, overrides, settings, limits,
                r.has("shellcheck") ? r.get("shellcheck").asString() : null,
                r.path("kubernetes").has("version") ? r.path("kubernetes").get("version").asString() : null,
                r.path("kubernetes").has("pss-profile") ? r.path("kubernetes").get("pss-profile").asString() : null,
                r.path("kubernetes").has("schema-dir") ? r.path("kubernetes").get("schema-dir").asString() : null,
                hadolint.has("pragmas") ? hadolint.get("pragmas").asBoolean() : null,
                hadolint.has("config") ? hadolint.get("config").asString() : null,
                locations, varFiles);
    }

    private static List<String> ids(JsonNode array, String pointer, PositionedYaml yaml, String shownAs,
                                    Map<String, String> locations) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String id = array.get(i).asString();
            out.add(id);
            locations.putIfAbsent(id, yaml.where(shownAs, pointer + "/" + i, false));
        }
        return out;
    }

    /** {@code 5MiB} → 5242880; {@code 5MB} → 5000000; a plain number is bytes. */
    public static long parseSize(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) throw new IllegalArgumentException("not a size: " + text);
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT).replace("IB", "iB");
        long factor = switch (unit) {
            case "KiB" -> 1024L;
            case "MiB" -> 1024L * 1024;
            case "GiB" -> 1024L * 1024 * 1024;
            case "KB" -> 1000L;
            case "MB" -> 1000L * 1000;
            case "GB" -> 1000L * 1000 * 1000;
            default -> 1L;
        };
        return (long) (n * factor);
    }

    private static Schema loadSchema() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream("/dev/opsmith/config/opsmith.schema.json")) {
            if (in == null) throw new IllegalStateException("configuration schema missing from the jar");
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException("configuration schema unreadable", e);
        }
    }
}
