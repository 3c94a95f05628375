package dev.opsmith.release.bump;

import dev.opsmith.release.bump.XmlElement.TextRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One {@code pom.xml}: the parts of the model that carry or refer to versions, with their positions. */
final class MavenPom {
    private final BuildFile file;
    private final XmlElement project;

    private MavenPom(BuildFile file, XmlElement project) {
        this.file = file;
        this.project = project;
    }

    static MavenPom read(Workspace workspace, Path pomFile) throws BumpException {
        BuildFile file = workspace.file(pomFile);
        XmlElement root = XmlScanner.parse(file);
        if (!root.name().equals("project")) {
            throw new BumpException(file.at(root.start()) + ": root element is <" + root.rawName()
                    + ">, not <project>; this is not a Maven POM");
        }
        return new MavenPom(file, root);
    }

    BuildFile file() {
        return file;
    }

    Path dir() {
        return file.path().toAbsolutePath().normalize().getParent();
    }

    String groupId() {
        return text(project, "groupId").or(() -> parent().flatMap(p -> text(p, "groupId"))).orElse("");
    }

    String artifactId() {
        return text(project, "artifactId").orElse("");
    }

    /** {@code groupId:artifactId}, the name other poms use for this one. */
    String id() {
        return groupId() + ":" + artifactId();
    }

    /** The project's own {@code <version>}, if it declares one. */
    Optional<XmlElement> version() {
        return project.child("version");
    }

    Optional<XmlElement> parent() {
        return project.child("parent");
    }

    /** {@code groupId:artifactId} of the parent, when there is one. */
    Optional<String> parentId() {
        return parent().map(p -> text(p, "groupId").orElse("") + ":" + text(p, "artifactId").orElse(""));
    }

    /** The pom file the parent's {@code relativePath} points at (default {@code ../pom.xml}), if it exists. */
    Optional<Path> parentPomFile() {
        return parent().flatMap(p -> {
            String relative = p.child("relativePath").map(r -> r.value(file.text()).map(TextRange::text).orElse(""))
                    .orElse("../pom.xml");
            if (relative.isBlank()) {
                return Optional.empty();
            }
            Path target = dir().resolve(relative).normalize();
            if (Files.isDirectory(target)) {
                target = target.resolve("pom.xml");
            }
            return Files.isRegularFile(target) ? Optional.of(target) : Optional.empty();
        });
    }

    /** The {@code <module>} entries, including those of profiles: every module the reactor may build. */
    List<XmlElement> modules() {
        List<XmlElement> out = new ArrayList<>(project.path("modules", "module"));
        out.addAll(project.path("profiles", "profile", "modules", "module"));
        return out;
    }

    /** The pom file a {@code <module>} entry names (a folder holding {@code pom.xml}, or a pom file itself). */
    Path modulePom(XmlElement module) throws BumpException {
        String name = textOf(module).orElse("");
        Path target = dir().resolve(name).normalize();
        if (Files.isDirectory(target)) {
            target = target.resolve("pom.xml");
        }
        if (name.isBlank() || !Files.isRegularFile(target)) {
            throw new BumpException(file.at(module.start()) + ": module '" + name + "' has no pom at " + target
                    + "; fix the <module> entry or add the module");
        }
        return target;
    }

    /** A property defined in the project's {@code <properties>}. */
    Optional<XmlElement> property(String name) {
        return project.path("properties").stream().flatMap(p -> p.children(name).stream()).findFirst();
    }

    /**
     * Everything that names another artifact with a version: dependencies, managed dependencies, plugins, managed
     * plugins and plugins' dependencies, in the project and in its profiles.
     */
    List<XmlElement> references() {
        List<XmlElement> out = new ArrayList<>();
        List<XmlElement> scopes = new ArrayList<>();
        scopes.add(project);
        scopes.addAll(project.path("profiles", "profile"));
        for (XmlElement scope : scopes) {
            out.addAll(scope.path("dependencies", "dependency"));
            out.addAll(scope.path("dependencyManagement", "dependencies", "dependency"));
            List<XmlElement> plugins = new ArrayList<>(scope.path("build", "plugins", "plugin"));
            plugins.addAll(scope.path("build", "pluginManagement", "plugins", "plugin"));
            out.addAll(plugins);
            for (XmlElement plugin : plugins) {
                out.addAll(plugin.path("dependencies", "dependency"));
            }
        }
        return out;
    }

    /** {@code groupId:artifactId} of a reference, with {@code ${project.groupId}} resolved to this pom's group. */
    String referenceId(XmlElement reference) {
        boolean plugin = reference.name().equals("plugin");
        String group = text(reference, "groupId").orElse(plugin ? "org.apache.maven.plugins" : "");
        if (group.equals("${project.groupId}") || group.equals("${pom.groupId}") || group.equals("${groupId}")) {
            group = groupId();
        }
        return group + ":" + text(reference, "artifactId").orElse("");
    }

    /** The trimmed text of a simple element. */
    Optional<String> textOf(XmlElement element) {
        return element.value(file.text()).map(TextRange::text);
    }

    /** The text range of an element's value, refusing elements whose value cannot be replaced in place. */
    TextRange editable(XmlElement element) throws BumpException {
        Optional<TextRange> value = element.value(file.text());
        if (value.isEmpty() || element.selfClosing()) {
            throw new BumpException(file.at(element.start()) + ": <" + element.rawName()
                    + "> holds markup, an entity or no content; write its value as plain text (<"
                    + element.rawName() + ">1.2.3</" + element.rawName() + ">) so it can be updated");
        }
        return value.get();
    }

    int line(XmlElement element) {
        return element.value(file.text()).map(r -> file.lineOf(r.start())).orElse(file.lineOf(element.start()));
    }

    private Optional<String> text(XmlElement element, String child) {
        return element.childText(child, file.text());
    }
}
