package dev.opsmith.format.compose;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.yaml.Resolution;
import dev.opsmith.format.yaml.YamlDocument;
import dev.opsmith.format.yaml.YamlFile;
import dev.opsmith.format.yaml.YamlParseException;
import dev.opsmith.format.yaml.YamlParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One scanned Compose file seen through the model Compose builds from it: the file merged with the files Compose
 * reads with it by default ({@link ComposeFiles#mergeOrder}), YAML 1.2 scalars, merge keys applied, {@code x-}
 * extensions ignored, and values interpolated from the {@code .env} beside it.
 * <p>
 * Rules judge the merged values but report only values the scanned file wrote ({@link Located#local()}); a
 * missing attribute is reported in the service's {@link ComposeService#home() home} file. So a base file's service
 * is not told to set {@code read_only} when the override sets it, and nothing is reported twice.
 */
public final class ComposeProject {
    private final List<ComposeFile> files;
    private final ComposeFile scanned;
    private final ComposeNode root;
    private final Interpolation interpolation;

    private ComposeProject(List<ComposeFile> files, ComposeFile scanned, Interpolation interpolation) {
        this.files = List.copyOf(files);
        this.scanned = scanned;
        this.interpolation = interpolation;
        List<ComposeNode.Layer> layers = new ArrayList<>();
        for (ComposeFile f : files) {
            for (YamlDocument d : f.yaml().documents()) layers.add(new ComposeNode.Layer(null, MergeKeys.apply(d.root()), f));
        }
        Located top = new Located() {
            @Override
            public Span span() {
                return Span.of(1, 1, 1, 1);
            }

            @Override
            public ComposeFile file() {
                return scanned;
            }
        };
        this.root = new ComposeNode("", layers, top, interpolation);
    }

    /**
     * Parses the scanned file and merges it with the others Compose reads with it.
     *
     * @param ordered the files in merge order, the scanned one included; others that fail to parse are left out
     *                (their own scan reports them)
     * @param dotEnv  the text of the {@code .env} beside the scanned file, if any
     */
    public static ComposeProject parse(SourceFile scanned, List<SourceFile> ordered, Optional<String> dotEnv)
            throws ComposeParseException {
        List<ComposeFile> files = new ArrayList<>();
        ComposeFile mine = null;
        for (SourceFile s : ordered) {
            boolean isScanned = s == scanned || s.relativePath().equals(scanned.relativePath());
            YamlFile yaml;
            try {
                yaml = YamlParser.parse(s, Resolution.YAML_1_2);
            } catch (YamlParseException e) {
                if (isScanned) throw new ComposeParseException(e.getMessage(), e.span());
                continue;
            }
            if (isScanned) {
                for (YamlDocument d : yaml.documents()) {
                    if (!d.root().isMapping() && !d.root().isNull()) {
                        throw new ComposeParseException("not a Compose file: the top level must be a mapping "
                                + "(services:, volumes:, …)", d.root().span());
                    }
                }
            }
            ComposeFile f = new ComposeFile(yaml, isScanned);
            if (isScanned) mine = f;
            files.add(f);
        }
        if (mine == null) throw new IllegalArgumentException("the scanned file must be among the ordered files");
        return new ComposeProject(files, mine, dotEnv.map(Interpolation::ofDotEnv).orElse(Interpolation.NONE));
    }

    /** A project of one file (tests, fixtures). */
    public static ComposeProject parse(SourceFile file) throws ComposeParseException {
        return parse(file, List.of(file), Optional.empty());
    }

    /** The files merged, in merge order. */
    public List<ComposeFile> files() {
        return files;
    }

    /** The file being scanned. */
    public ComposeFile scanned() {
        return scanned;
    }

    /** The scanned file's YAML (documents, duplicate keys). */
    public YamlFile yaml() {
        return scanned.yaml();
    }

    public Interpolation interpolation() {
        return interpolation;
    }

    /** The merged top level, for attributes without an accessor ({@code name}, {@code include}). */
    public ComposeNode root() {
        return root;
    }

    /** Services in order of first definition ({@code x-} keys are not services). */
    public List<ComposeService> services() {
        ComposeNode services = root.get("services");
        List<ComposeService> out = new ArrayList<>();
        for (ComposeNode s : services.entries()) {
            if (s.name().startsWith("x-")) continue;
            out.add(new ComposeService(s.name(), s));
        }
        return out;
    }

    public Optional<ComposeService> service(String name) {
        return services().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Top-level {@code secrets:} (each a mapping: {@code file}, {@code environment}, {@code external}). */
    public ComposeNode secrets() {
        return root.get("secrets");
    }

    public ComposeNode configs() {
        return root.get("configs");
    }

    public ComposeNode networks() {
        return root.get("networks");
    }

    public ComposeNode volumes() {
        return root.get("volumes");
    }
}
