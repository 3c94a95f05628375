package dev.opsmith.format.compose;

import dev.opsmith.core.Span;

import java.util.Optional;

/**
 * A name and its value from an attribute written as a list ({@code - KEY=value}) or a mapping ({@code KEY: value}):
 * {@code environment}, {@code labels}, {@code sysctls}, {@code build.args}. The value is interpolated.
 *
 * @param value      empty when written without one ({@code - KEY}, {@code KEY:}): Compose takes it from the shell
 * @param unresolved whether a variable in the value could not be resolved
 * @param node       the list item, or the mapping value (for reporting; {@link #entrySpan()} covers the key too)
 */
public record EnvVar(String name, Optional<String> value, boolean unresolved, ComposeNode node) implements Located {
    @Override
    public Span span() {
        return node.span();
    }

    @Override
    public ComposeFile file() {
        return node.file();
    }

    /** The whole {@code KEY: value} (mapping form) or the item (list form). */
    public Span entrySpan() {
        return node.entrySpan();
    }

    static java.util.List<EnvVar> of(ComposeNode attribute) {
        java.util.Map<String, EnvVar> byName = new java.util.LinkedHashMap<>();
        for (ComposeNode.Layer layer : attribute.layers()) {
            ComposeNode one = new ComposeNode(attribute.name(), java.util.List.of(layer), layer, attribute.interpolation());
            if (layer.node().isSequence()) {
                for (ComposeNode item : one.items()) {
                    String raw = item.text().orElse("");
                    int eq = raw.indexOf('=');
                    String name = (eq < 0 ? raw : raw.substring(0, eq)).strip();
                    if (name.isEmpty()) continue;
                    Optional<String> value = Optional.empty();
                    boolean unresolved = false;
                    if (eq >= 0) {
                        Interpolation.Result r = attribute.interpolation().resolve(raw.substring(eq + 1));
                        unresolved = r.unresolved();
                        value = Optional.of(r.value());
                    }
                    byName.put(name, new EnvVar(name, value, unresolved, item));
                }
            } else if (layer.node().isMapping()) {
                for (dev.opsmith.format.yaml.YamlEntry e : layer.node().entries()) {
                    String name = e.key().value();
                    if (ComposeNode.tag(e.value(), layer.file()).equals("!reset")) {
                        byName.remove(name);
                        continue;
                    }
                    ComposeNode v = one.get(name);
                    Optional<String> value = Optional.of("");
                    boolean unresolved = false;
                    if (e.value().isNull()) {
                        value = Optional.empty();
                    } else if (v.text().isPresent()) {
                        Interpolation.Result r = attribute.interpolation().resolve(v.text().get());
                        unresolved = r.unresolved();
                        value = Optional.of(r.value());
                    }
                    byName.put(name, new EnvVar(name, value, unresolved, v));
                }
            }
        }
        return java.util.List.copyOf(byName.values());
    }
}
