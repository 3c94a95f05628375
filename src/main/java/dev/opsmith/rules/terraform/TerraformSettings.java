package dev.opsmith.rules.terraform;

import dev.opsmith.format.terraform.hcl.Attribute;
import dev.opsmith.format.terraform.hcl.Block;
import dev.opsmith.format.terraform.hcl.Expression;
import dev.opsmith.format.terraform.module.Located;
import dev.opsmith.format.terraform.module.ModuleBlock;
import dev.opsmith.format.terraform.module.TerraformModule;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Readings of the settings blocks ({@code terraform}, {@code provider}, {@code module}) shared by the Terraform
 * practice rules. These settings are static in Terraform (a module {@code source}, a version constraint must be
 * literal strings; OpenTofu 1.8+ also accepts variables there), so they are read from the syntax tree, not from
 * evaluated values: anything other than a plain string literal is left undecided by the rules.
 */
final class TerraformSettings {
    /** Unknown-input note for a setting that is not a plain string. */
    static final String NOT_LITERAL = "not a literal string (evaluated by OpenTofu at init, not by opsmith)";

    /** Hosts Terraform never treats as module registries: their three-part paths are Git shorthands. */
    private static final List<String> VCS_HOSTS = List.of("github.com", "bitbucket.org");
    private static final String SEGMENT = "[0-9A-Za-z](?:[0-9A-Za-z_-]{0,62}[0-9A-Za-z])?";
    private static final Pattern REGISTRY = Pattern.compile(
            "(?:(?<host>[0-9A-Za-z.-]+\\.[A-Za-z]{2,}(?::\\d+)?)/)?" + SEGMENT + "/" + SEGMENT + "/[0-9a-z]{1,64}(?://.*)?");
    /** A forced getter ({@code git::}, {@code s3::}) before the address. */
    private static final Pattern FORCED_GETTER = Pattern.compile("^([a-z0-9]+)::");

    /** Branch names that mean "whatever is newest" when used as a Git ref. */
    private static final java.util.Set<String> BRANCH_REFS = java.util.Set.of("main", "master", "develop", "development",
            "trunk", "head", "default");
    private static final Pattern FULL_COMMIT = Pattern.compile("[0-9a-fA-F]{40}");
    private static final Pattern ARCHIVE = Pattern.compile("(?i).*\\.(zip|tar|tar\\.gz|tgz|tar\\.bz2|tbz2|tar\\.xz|txz)$");
    private static final Pattern VERSION_IN_PATH = Pattern.compile("(?<![0-9A-Za-z])v?\\d+\\.\\d+");

    private TerraformSettings() {
    }

    /** The text of a string literal without interpolation, or empty for any other expression. */
    static Optional<String> literal(Expression expression) {
        return expression instanceof Expression.Template t ? t.literalValue() : Optional.empty();
    }

    /** Whether a module source is a local path ({@code ./x}, {@code ../x}), which Terraform loads without fetching. */
    static boolean isLocalSource(String source) {
        return source.startsWith("./") || source.startsWith("../") || source.startsWith(".\\") || source.startsWith("..\\");
    }

    /**
     * Whether a module source is a module registry address: {@code namespace/name/provider} or
     * {@code host/namespace/name/provider}, optionally followed by {@code //subdirectory}.
     */
    static boolean isRegistrySource(String source) {
        if (isLocalSource(source) || source.contains("::") || source.contains("://") || source.startsWith("git@")) {
            return false;
        }
        var m = REGISTRY.matcher(source);
        if (!m.matches()) return false;
        String host = m.group("host");
        return host == null || !VCS_HOSTS.contains(host.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", ""));
    }

    /** The forced getter of a source ({@code git} for {@code git::https://…}), or empty. */
    static Optional<String> forcedGetter(String source) {
        var m = FORCED_GETTER.matcher(source);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The address after any forced getter prefix. */
    static String withoutForcedGetter(String source) {
        return FORCED_GETTER.matcher(source).replaceFirst("");
    }

    /** A module source fetched with Git, with its {@code ref} query argument when there is one. */
    record GitSource(String address, Optional<String> ref) {
        /** Whether the ref names a moving branch (or is missing): the source then follows new commits. */
        boolean followsBranch() {
            return ref.isEmpty() || ref.get().isEmpty() || BRANCH_REFS.contains(ref.get().toLowerCase(Locale.ROOT));
        }

        /** Whether the ref is a full 40-hex commit id, the only ref nobody can move. */
        boolean pinnedToCommit() {
            return ref.filter(r -> FULL_COMMIT.matcher(r).matches()).isPresent();
        }
    }

    /**
     * The source as a Git source: forced {@code git::}, the {@code github.com/} and {@code bitbucket.org/} shorthands,
     * and scp-like {@code git@host:path}; empty for any other source.
     */
    static Optional<GitSource> gitSource(String source) {
        boolean git = forcedGetter(source).filter("git"::equals).isPresent()
                || source.startsWith("github.com/") || source.startsWith("bitbucket.org/") || source.startsWith("git@");
        if (!git) return Optional.empty();
        return Optional.of(new GitSource(source, queryArgument(source, "ref")));
    }

    /**
     * Whether the source downloads an archive: an {@code s3::} or {@code gcs::} object, an HTTP(S) URL ending in an
     * archive extension, or any URL with an {@code archive=} argument.
     */
    static boolean isArchiveSource(String source) {
        Optional<String> getter = forcedGetter(source);
        if (getter.filter(g -> g.equals("s3") || g.equals("gcs")).isPresent()) return true;
        if (getter.isPresent() && !getter.get().equals("http") && !getter.get().equals("https")) return false;
        String address = withoutForcedGetter(source);
        String lower = address.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) return false;
        return ARCHIVE.matcher(path(address)).matches() || queryArgument(address, "archive").isPresent();
    }

    /** Whether an archive source names a fixed release: a checksum argument or a version number in its path. */
    static boolean archivePinned(String source) {
        return queryArgument(source, "checksum").isPresent() || VERSION_IN_PATH.matcher(path(source)).find();
    }

    /** The path of a URL source: after the scheme and host, before the query string. */
    private static String path(String source) {
        String address = withoutForcedGetter(source);
        int q = address.indexOf('?');
        if (q >= 0) address = address.substring(0, q);
        int scheme = address.indexOf("://");
        if (scheme < 0) return address;
        int slash = address.indexOf('/', scheme + 3);
        return slash < 0 ? "" : address.substring(slash);
    }

    /** A query argument of the source URL ({@code ref} in {@code …repo.git?ref=v1.2.0}), URL-decoded. */
    static Optional<String> queryArgument(String source, String name) {
        int q = source.indexOf('?');
        if (q < 0) return Optional.empty();
        for (String pair : source.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                return Optional.of(java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    /** Where a finding about the whole module points: a node of one file. */
    record Anchor(dev.opsmith.core.SourceFile file, dev.opsmith.core.Span span) {
    }

    /**
     * Where a finding about a missing module-wide setting points: the header of the first {@code terraform} block,
     * else the first line of the module's first file. Empty for a module without files.
     */
    static Optional<Anchor> moduleAnchor(TerraformModule module) {
        List<ModuleBlock> settings = module.blocks("terraform");
        if (!settings.isEmpty()) return Optional.of(new Anchor(settings.get(0).file(), settings.get(0).header()));
        if (module.files().isEmpty()) return Optional.empty();
        dev.opsmith.core.SourceFile first = module.files().get(0).source();
        return Optional.of(new Anchor(first, dev.opsmith.core.Span.line(1, first.line(1).length())));
    }

    /** The {@code backend} blocks of every {@code terraform} block, with the file each was written in. */
    static List<Located<Block>> backends(TerraformModule module) {
        return module.blocks("terraform").stream().flatMap(t -> t.blocks("backend").stream()).toList();
    }

    /** The literal value of a backend argument: backend blocks accept no references, so anything else is unknown. */
    static Optional<Expression> argument(Block block, String name) {
        return block.body().attribute(name).map(Attribute::value);
    }

    /** A boolean written as {@code true}/{@code false} or as the strings Terraform converts to them. */
    static Optional<Boolean> literalBool(Expression expression) {
        if (expression instanceof Expression.BoolLiteral b) return Optional.of(b.value());
        return literal(expression).filter(t -> t.equals("true") || t.equals("false")).map(Boolean::parseBoolean);
    }

    /**
     * The required S3 backend arguments ({@code bucket}, {@code key}) the block leaves out. When some are missing,
     * the backend is a partial configuration completed by {@code terraform init -backend-config=…}, which may also
     * set any other argument: opsmith does not read those files, so what they could set stays undecided.
     */
    static List<String> missingS3Arguments(Block backend) {
        return List.of("bucket", "key").stream().filter(n -> backend.body().attribute(n).isEmpty()).toList();
    }

    /** The unknown-input note for an argument a partial backend configuration may supply. */
    static String partialConfiguration(Block backend, String argument) {
        return "backend \"" + backend.label(0) + "\"." + argument + ": may come from a -backend-config file "
                + "(the block leaves out " + String.join(", ", missingS3Arguments(backend)) + ")";
    }

    /** The header of a nested block: its type and labels. */
    static dev.opsmith.core.Span header(Block block) {
        return block.labels().isEmpty() ? block.typeSpan()
                : block.typeSpan().union(block.labels().get(block.labels().size() - 1).span());
    }
}
