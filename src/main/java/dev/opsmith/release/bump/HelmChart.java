package dev.opsmith.release.bump;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Versions in a Helm {@code Chart.yaml}: the chart's {@code version}, its {@code appVersion} (only when configured:
 * many charts package an application released on its own schedule) and {@code dependencies[].version}. The YAML node
 * graph gives each scalar's position; a quoted scalar keeps its quotes because only the text between them changes.
 */
final class HelmChart {
    private final Workspace workspace;
    private final Path chartFile;

    HelmChart(Workspace workspace, Path packageDir) {
        this.workspace = workspace;
        this.chartFile = packageDir.resolve("Chart.yaml");
    }

    /** A scalar's value and the offsets of its text (inside the quotes, for a quoted scalar). */
    private record Scalar(String value, int start, int end) {}

    Optional<DeclaredVersion> current() throws BumpException {
        if (!Files.isRegularFile(chartFile)) {
            return Optional.empty();
        }
        BuildFile file = workspace.file(chartFile);
        Optional<MappingNode> root = root(file);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Optional<Scalar> version = scalar(file, root.get(), "version");
        return version.map(v -> new DeclaredVersion(v.value(), file.path(), file.lineOf(v.start())));
    }

    void bump(String newVersion, boolean appVersion) throws BumpException {
        if (!Files.isRegularFile(chartFile)) {
            return;
        }
        BuildFile file = workspace.file(chartFile);
        Optional<MappingNode> root = root(file);
        if (root.isEmpty()) {
            return;
        }
        Optional<Scalar> version = scalar(file, root.get(), "version");
        if (version.isPresent()) {
            workspace.splices(file).version(version.get().start(), version.get().end(), newVersion);
        }
        if (appVersion) {
            Optional<Scalar> app = scalar(file, root.get(), "appVersion");
            if (app.isPresent()) {
                workspace.splices(file).version(app.get().start(), app.get().end(), newVersion, "appVersion");
            }
        }
    }

    /** Sets {@code dependencies[].version} of the dependency with this chart name, keeping a range operator. */
    void bumpDependency(String chartName, String newVersion) throws BumpException {
        if (!Files.isRegularFile(chartFile)) {
            return;
        }
        BuildFile file = workspace.file(chartFile);
        Optional<MappingNode> root = root(file);
        Optional<Node> dependencies = root.flatMap(r -> value(r, "dependencies"));
        if (dependencies.isEmpty() || !(dependencies.get() instanceof SequenceNode sequence)) {
            return;
        }
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode dependency)) {
                continue;
            }
            Optional<Scalar> name = scalar(file, dependency, "name");
            Optional<Scalar> version = scalar(file, dependency, "version");
            if (name.isEmpty() || version.isEmpty() || !name.get().value().equals(chartName)) {
                continue;
            }
            Optional<int[]> part = VersionRange.versionPart(version.get().value());
            if (part.isPresent()) {
                int start = version.get().start();
                workspace.splices(file).version(start + part.get()[0], start + part.get()[1], newVersion,
                        "dependency " + chartName);
            }
        }
    }

    List<String> names() throws BumpException {
        if (!Files.isRegularFile(chartFile)) {
            return List.of();
        }
        BuildFile file = workspace.file(chartFile);
        Optional<MappingNode> root = root(file);
        List<String> out = new ArrayList<>();
        if (root.isPresent()) {
            scalar(file, root.get(), "name").ifPresent(n -> out.add(n.value()));
        }
        return out;
    }

    private static Optional<MappingNode> root(BuildFile file) throws BumpException {
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(file.path().toString()).build();
            Optional<Node> node = new Compose(settings).composeString(file.text());
            return node.filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
            throw new BumpException(file.path() + ":" + line + ": malformed YAML: " + e.getProblem()
                    + "; fix the chart file so helm can read it", e);
        } catch (YamlEngineException e) {
            throw new BumpException(file.path() + ":1: malformed YAML: " + e.getMessage()
                    + "; fix the chart file so helm can read it", e);
        }
    }

    private static Optional<Node> value(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return Optional.of(tuple.getValueNode());
            }
        }
        return Optional.empty();
    }

    /**
     * A plain or quoted scalar under {@code key}. Block scalars and values with escapes cannot be edited in place and
     * are refused with their line.
     */
    private static Optional<Scalar> scalar(BuildFile file, MappingNode mapping, String key) throws BumpException {
        Optional<Node> node = value(mapping, key);
        if (node.isEmpty() || !(node.get() instanceof ScalarNode scalar)) {
            return Optional.empty();
        }
        int start = offset(file, scalar.getStartMark());
        int end = offset(file, scalar.getEndMark());
        ScalarStyle style = scalar.getScalarStyle();
        if (style == ScalarStyle.DOUBLE_QUOTED || style == ScalarStyle.SINGLE_QUOTED) {
            start++;
            end--;
        } else if (style != ScalarStyle.PLAIN) {
            throw new BumpException(file.at(start) + ": " + key + " is a block scalar; write it on one line ("
                    + key + ": 1.2.3) so it can be updated");
        }
        String raw = file.text().substring(start, end);
        if (!raw.equals(scalar.getValue())) {
            throw new BumpException(file.at(start) + ": " + key + " spans lines or uses escapes; write it on one line"
                    + " without escapes so it can be updated");
        }
        return Optional.of(new Scalar(scalar.getValue(), start, end));
    }

    /** snakeyaml-engine counts code points; Java strings count UTF-16 units. */
    private static int offset(BuildFile file, Optional<Mark> mark) {
        int codePoints = mark.map(Mark::getIndex).orElse(0);
        return file.text().offsetByCodePoints(0, codePoints);
    }
}
