package dev.opsmith.release.bump;

import dev.opsmith.release.bump.XmlElement.TextRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where Maven properties used in versions are defined, as Maven resolves them: {@code .mvn/maven.config} first (it
 * is read as command-line arguments, which win), then {@code <properties>} of the pom and of its parents in the
 * repository, nearest first.
 */
final class MavenProperties {
    private static final int MAX_PARENT_DEPTH = 32;

    private final Workspace workspace;
    private final MavenConfig config;

    MavenProperties(Workspace workspace, MavenConfig config) {
        this.workspace = workspace;
        this.config = config;
    }

    Workspace workspace() {
        return workspace;
    }

    /**
     * A place a property's value is written: {@code start}/{@code end} delimit the value's text, or are -1 for an
     * empty-element tag ({@code <sha1/>}), which has no text to replace; {@code at} is where to point messages.
     */
    record Definition(BuildFile file, int start, int end, String value, int at) {
        boolean editable() {
            return start >= 0;
        }
    }

    /** The parent pom, when {@code relativePath} leads to a pom with the parent's coordinates. */
    Optional<MavenPom> parentInRepository(MavenPom pom) throws BumpException {
        Optional<Path> file = pom.parentPomFile();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        MavenPom parent = MavenPom.read(workspace, file.get());
        return pom.parentId().filter(parent.id()::equals).map(id -> parent);
    }

    /** Where a property's value is written: maven.config first (it wins), then the nearest pom in the parent chain. */
    List<Definition> definitions(MavenPom pom, String property) throws BumpException {
        List<Definition> out = new ArrayList<>();
        Optional<MavenConfig.Definition> fromConfig = config.definition(property);
        fromConfig.ifPresent(d -> out.add(new Definition(d.file(), d.start(), d.end(), d.value(), d.start())));
        MavenPom current = pom;
        for (int depth = 0; current != null && depth < MAX_PARENT_DEPTH; depth++) {
            Optional<XmlElement> element = current.property(property);
            if (element.isPresent() && element.get().selfClosing()) {
                out.add(new Definition(current.file(), -1, -1, "", element.get().start()));
                break;
            }
            if (element.isPresent()) {
                TextRange range = current.editable(element.get());
                out.add(new Definition(current.file(), range.start(), range.end(), range.text(), range.start()));
                break;
            }
            current = parentInRepository(current).orElse(null);
        }
        return out;
    }

    /** The outermost parent in the repository: where a shared property belongs. */
    MavenPom topOfChain(MavenPom pom) throws BumpException {
        MavenPom current = pom;
        for (int depth = 0; depth < MAX_PARENT_DEPTH; depth++) {
            Optional<MavenPom> parent = parentInRepository(current);
            if (parent.isEmpty()) {
                break;
            }
            current = parent.get();
        }
        return current;
    }
}
