package dev.opsmith.release.bump;

import dev.opsmith.release.bump.XmlElement.TextRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CI-friendly Maven version such as {@code ${revision}${sha1}${changelist}}: literals and properties, each property
 * with the places it is defined. Setting it edits the definitions, never the {@code <version>} element, which is what
 * keeps every module's {@code ${revision}} reference valid.
 */
final class CiFriendlyVersion {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}");

    private final Workspace workspace;
    private final MavenPom pom;
    private final TextRange raw;
    private final List<Object> parts;

    private CiFriendlyVersion(Workspace workspace, MavenPom pom, TextRange raw, List<Object> parts) {
        this.workspace = workspace;
        this.pom = pom;
        this.raw = raw;
        this.parts = parts;
    }

    /** Reads a {@code <version>} that uses properties, with every property's definitions. */
    static CiFriendlyVersion of(MavenProperties properties, MavenPom pom, XmlElement versionElement)
            throws BumpException {
        TextRange raw = pom.editable(versionElement);
        List<Object> parts = new ArrayList<>();
        Matcher m = REFERENCE.matcher(raw.text());
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(raw.text().substring(at, m.start()));
            }
            String property = m.group(1);
            List<MavenProperties.Definition> definitions = properties.definitions(pom, property);
            if (definitions.isEmpty()) {
                Path top = properties.topOfChain(pom).dir();
                throw new BumpException(pom.file().path() + ":" + pom.file().lineOf(raw.start()) + ": <version>"
                        + raw.text() + "</version> uses ${" + property + "}, which is defined nowhere; define <"
                        + property + ">…</" + property + "> in the <properties> of " + top.resolve("pom.xml")
                        + ", or -D" + property + "=… in " + top.resolve(".mvn").resolve("maven.config"));
            }
            parts.add(new Property(property, definitions));
            at = m.end();
        }
        if (at < raw.text().length()) {
            parts.add(raw.text().substring(at));
        }
        return new CiFriendlyVersion(properties.workspace(), pom, raw, parts);
    }

    /** The version the expression stands for now. */
    String expand() {
        return expand(0, parts.size());
    }

    private String expand(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (Object part : parts.subList(from, to)) {
            out.append(part instanceof Property p ? p.value() : (String) part);
        }
        return out.toString();
    }

    private int primaryIndex() {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Property) {
                return i;
            }
        }
        throw new IllegalStateException("an expression without a property: " + raw.text());
    }

    MavenProperties.Definition primaryDefinition() {
        return ((Property) parts.get(primaryIndex())).definitions().get(0);
    }

    /**
     * Sets the first property so the whole expression expands to {@code newVersion}. When the properties after it
     * add a suffix the new version does not end with (releasing {@code 1.3.0} while {@code changelist} is
     * {@code -SNAPSHOT}), those properties are emptied.
     */
    void set(String newVersion) throws BumpException {
        int primary = primaryIndex();
        String before = expand(0, primary);
        String after = expand(primary + 1, parts.size());
        if (!newVersion.startsWith(before)) {
            throw cannot(newVersion);
        }
        String value;
        if (newVersion.endsWith(after) && newVersion.length() >= before.length() + after.length()) {
            value = newVersion.substring(before.length(), newVersion.length() - after.length());
        } else {
            for (Object part : parts.subList(primary + 1, parts.size())) {
                if (part instanceof String literal && !literal.isEmpty()) {
                    throw cannot(newVersion);
                }
            }
            value = newVersion.substring(before.length());
            for (Object part : parts.subList(primary + 1, parts.size())) {
                if (part instanceof Property p && !p.value().isEmpty()) {
                    setAll(p, "", "emptied so " + raw.text() + " expands to " + newVersion);
                }
            }
        }
        setAll((Property) parts.get(primary), value, null);
    }

    private void setAll(Property property, String value, String why) throws BumpException {
        List<MavenProperties.Definition> definitions = property.definitions();
        boolean disagree = definitions.stream().map(MavenProperties.Definition::value).distinct().count() > 1;
        for (MavenProperties.Definition d : definitions) {
            String reason = why != null ? why
                    : disagree ? "property " + property.name() + " was defined differently in "
                            + definitions.size() + " places; all set" : "property " + property.name();
            if (!d.editable()) {
                if (value.isEmpty()) {
                    continue;
                }
                throw new BumpException(d.file().at(d.at()) + ": <" + property.name() + "/> is empty and has no"
                        + " text to replace; write it as <" + property.name() + "></" + property.name() + ">");
            }
            workspace.splices(d.file()).version(d.start(), d.end(), value, reason);
        }
    }

    private BumpException cannot(String newVersion) {
        return new BumpException(pom.file().path() + ":" + pom.file().lineOf(raw.start()) + ": cannot express "
                + newVersion + " as " + raw.text() + " (now " + expand() + "); set the properties by hand or"
                + " simplify the version to ${" + ((Property) parts.get(primaryIndex())).name() + "}");
    }

    /** A property used in a version; its first definition is the effective one. */
    private record Property(String name, List<MavenProperties.Definition> definitions) {
        String value() {
            return definitions.get(0).value();
        }
    }
}
