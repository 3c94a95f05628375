package dev.opsmith.format.helm;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.yaml.Resolution;
import dev.opsmith.format.yaml.YamlFile;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.format.yaml.YamlParseException;
import dev.opsmith.format.yaml.YamlParser;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart's {@code Chart.yaml}: its name (the first segment of Helm's {@code # Source:} paths) and its declared
 * dependencies, each with the span of its entry so problems point at it.
 */
public record ChartFile(SourceFile source, String name, String version, List<Dependency> dependencies) {

    /** One entry of {@code dependencies:}; {@code alias} is empty when not set. */
    public record Dependency(String name, String version, String repository, String alias, Span span) {
        /** The folder name Helm gives the subchart in the rendered {@code # Source:} paths. */
        public String renderedName() {
            return alias.isEmpty() ? name : alias;
        }
    }

    public ChartFile {
        dependencies = List.copyOf(dependencies);
    }

    public static ChartFile parse(SourceFile source) throws YamlParseException {
        YamlFile yaml = YamlParser.parse(source, Resolution.YAML_1_2);
        YamlNode root = yaml.documents().isEmpty()
                ? new dev.opsmith.format.yaml.YamlMissing("", Span.of(1, 1, 1, 1), dev.opsmith.format.yaml.YamlMissing.Reason.ABSENT)
                : yaml.documents().get(0).root();
        List<Dependency> deps = new ArrayList<>();
        for (YamlNode d : root.get("dependencies").items()) {
            deps.add(new Dependency(d.get("name").text().orElse(""), d.get("version").text().orElse(""),
                    d.get("repository").text().orElse(""), d.get("alias").text().orElse(""), d.span()));
        }
        return new ChartFile(source, root.get("name").text().orElse(""), root.get("version").text().orElse(""), deps);
    }
}
