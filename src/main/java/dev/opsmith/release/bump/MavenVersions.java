package dev.opsmith.release.bump;

import dev.opsmith.release.bump.XmlElement.TextRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versions in a Maven reactor: the project's version (literal, or CI-friendly {@code ${revision}} defined in a pom's
 * properties or in {@code .mvn/maven.config}), the modules that share it, their parent references and the
 * dependencies between them. Follows what {@code mvn versions:set} changes: modules whose version equals the root's
 * old version move with it; modules versioned on their own keep their version.
 */
final class MavenVersions {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}");
    private static final int MAX_PARENT_DEPTH = 32;

    private final Workspace workspace;
    private final Path rootPom;
    private final MavenProperties properties;

    MavenVersions(Workspace workspace, Path packageDir) throws BumpException {
        this.workspace = workspace;
        this.rootPom = packageDir.resolve("pom.xml");
        this.properties = new MavenProperties(workspace, MavenConfig.find(workspace, packageDir));
    }

    /** The version the package's pom declares or inherits; see {@link VersionFiles#current}. */
    DeclaredVersion current() throws BumpException {
        return current(MavenPom.read(workspace, rootPom), 0);
    }

    private DeclaredVersion current(MavenPom pom, int depth) throws BumpException {
        Optional<XmlElement> own = pom.version();
        if (own.isPresent()) {
            return declared(pom, own.get());
        }
        Optional<MavenPom> parent = properties.parentInRepository(pom);
        if (parent.isPresent() && depth < MAX_PARENT_DEPTH) {
            return current(parent.get(), depth + 1);
        }
        Optional<XmlElement> parentVersion = pom.parent().flatMap(p -> p.child("version"));
        if (parentVersion.isPresent()) {
            return declared(pom, parentVersion.get());
        }
        throw new BumpException(pom.file().path() + ":1: the project declares no <version> and has no <parent> to"
                + " inherit one from; add <version>…</version> after <artifactId>");
    }

    private DeclaredVersion declared(MavenPom pom, XmlElement versionElement) throws BumpException {
        TextRange raw = pom.editable(versionElement);
        if (!raw.text().contains("${")) {
            return new DeclaredVersion(raw.text(), pom.file().path(), pom.file().lineOf(raw.start()));
        }
        CiFriendlyVersion expression = CiFriendlyVersion.of(properties, pom, versionElement);
        MavenProperties.Definition primary = expression.primaryDefinition();
        return new DeclaredVersion(expression.expand(), primary.file().path(), primary.file().lineOf(primary.at()));
    }

    /** Sets the reactor's version: see the class comment for which files change. */
    void bump(String newVersion) throws BumpException {
        MavenPom root = MavenPom.read(workspace, rootPom);
        List<MavenPom> reactor = reactor(root);
        XmlElement rootVersion = root.version().orElseThrow(() -> inherited(root));
        String oldRaw = root.editable(rootVersion).text();
        String oldVersion = declared(root, rootVersion).version();

        Set<String> moving = new HashSet<>();
        List<MavenPom> movingPoms = new ArrayList<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (MavenPom pom : reactor) {
                if (moving.contains(pom.id())) {
                    continue;
                }
                boolean sameVersion = pom.version().map(v -> pom.textOf(v).orElse("").equals(oldRaw))
                        .orElseGet(() -> pom.parentId().map(moving::contains).orElse(false));
                if (sameVersion) {
                    moving.add(pom.id());
                    movingPoms.add(pom);
                    grew = true;
                }
            }
        }
        for (MavenPom pom : movingPoms) {
            Optional<XmlElement> own = pom.version();
            if (own.isEmpty()) {
                continue;
            }
            if (oldRaw.contains("${")) {
                CiFriendlyVersion.of(properties, pom, own.get()).set(newVersion);
            } else {
                TextRange range = pom.editable(own.get());
                workspace.splices(pom.file()).version(range.start(), range.end(), newVersion);
            }
        }
        for (MavenPom pom : reactor) {
            if (pom.parentId().map(moving::contains).orElse(false)) {
                setLiteral(pom, pom.parent().get().child("version"), newVersion, "parent");
            }
            for (XmlElement reference : pom.references()) {
                if (moving.contains(pom.referenceId(reference))) {
                    setReference(pom, reference, oldVersion, newVersion);
                }
            }
        }
    }

    /** Sets the version of a dependency, plugin or parent named {@code groupId:artifactId} in every reactor pom. */
    void bumpDependency(String id, String newVersion) throws BumpException {
        for (MavenPom pom : reactor(MavenPom.read(workspace, rootPom))) {
            if (pom.parentId().filter(id::equals).isPresent()) {
                setLiteral(pom, pom.parent().get().child("version"), newVersion, "parent");
            }
            for (XmlElement reference : pom.references()) {
                if (pom.referenceId(reference).equals(id)) {
                    setReference(pom, reference, null, newVersion);
                }
            }
        }
    }

    /** {@code groupId:artifactId} of every module of the reactor, root first. */
    List<String> names() throws BumpException {
        List<String> out = new ArrayList<>();
        for (MavenPom pom : reactor(MavenPom.read(workspace, rootPom))) {
            out.add(pom.id());
        }
        return out;
    }

    private void setLiteral(MavenPom pom, Optional<XmlElement> element, String newVersion, String why)
            throws BumpException {
        if (element.isEmpty()) {
            return;
        }
        TextRange range = pom.editable(element.get());
        if (!range.text().contains("${")) {
            workspace.splices(pom.file()).version(range.start(), range.end(), newVersion, why);
        }
    }

    /**
     * Sets a reference's version: a literal (unless it is a range), or the property it names when that property is
     * ours to edit. {@code ${project.version}} follows the project by itself and is left alone. With {@code oldVersion}
     * given, only references to exactly that version move, so a deliberate pin on an older release stays.
     */
    private void setReference(MavenPom pom, XmlElement reference, String oldVersion, String newVersion)
            throws BumpException {
        Optional<XmlElement> version = reference.child("version");
        if (version.isEmpty()) {
            return;
        }
        TextRange range = pom.editable(version.get());
        String raw = range.text();
        Matcher single = REFERENCE.matcher(raw);
        if (single.matches()) {
            String property = single.group(1);
            if (property.startsWith("project.") || property.startsWith("pom.") || property.equals("version")) {
                return;
            }
            List<MavenProperties.Definition> definitions = properties.definitions(pom, property);
            for (MavenProperties.Definition d : definitions) {
                if (d.editable() && (oldVersion == null || d.value().equals(oldVersion))) {
                    workspace.splices(d.file()).version(d.start(), d.end(), newVersion,
                            "property " + property + " used by " + pom.referenceId(reference));
                }
            }
            return;
        }
        boolean range_ = raw.startsWith("[") || raw.startsWith("(");
        if (raw.contains("${") || range_ || (oldVersion != null && !raw.equals(oldVersion))) {
            return;
        }
        workspace.splices(pom.file()).version(range.start(), range.end(), newVersion, pom.referenceId(reference));
    }

    /** The reactor: the root pom and every module reachable through {@code <modules>}, each once. */
    private List<MavenPom> reactor(MavenPom root) throws BumpException {
        List<MavenPom> out = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        collect(root, out, seen);
        return out;
    }

    private void collect(MavenPom pom, List<MavenPom> out, Set<Path> seen) throws BumpException {
        if (!seen.add(pom.file().path().toAbsolutePath().normalize())) {
            return;
        }
        out.add(pom);
        for (XmlElement module : pom.modules()) {
            collect(MavenPom.read(workspace, pom.modulePom(module)), out, seen);
        }
    }

    private BumpException inherited(MavenPom pom) {
        int line = pom.parent().map(p -> pom.file().lineOf(p.start())).orElse(1);
        String from = pom.parentPomFile().map(Path::toString).orElse("a parent outside this repository");
        return new BumpException(pom.file().path() + ":" + line + ": the version is inherited from the parent ("
                + from + "); release the package that owns the parent pom, or declare <version> in this pom");
    }
}
