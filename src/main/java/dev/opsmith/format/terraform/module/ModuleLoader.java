package dev.opsmith.format.terraform.module;

import dev.opsmith.format.terraform.hcl.Attribute;
import dev.opsmith.format.terraform.hcl.Block;
import dev.opsmith.format.terraform.hcl.ConfigFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link TerraformModule} from the files of one folder, as Terraform loads a module: primary files in name
 * order, then override files ({@code override.tf}, {@code *_override.tf}, and their {@code .tf.json}/{@code .tofu}
 * forms) in name order, each override block merged into the original block of the same type and labels:
 * <ul>
 *   <li>an attribute replaces the original attribute of that name;</li>
 *   <li>nested blocks of a type replace all the original's nested blocks of that type — except {@code lifecycle}
 *       (and the {@code terraform} block's {@code required_providers}), which Terraform merges argument by argument:
 *       both are kept, in order, and readers take the last one that sets an argument;</li>
 *   <li>a {@code backend} or {@code cloud} block in an override {@code terraform} block replaces both;</li>
 *   <li>a {@code locals} entry replaces the local value of that name.</li>
 * </ul>
 * Variable files ({@code .tfvars}) are not module files and are not read here.
 */
public final class ModuleLoader {
    /** Block types that are unique per type and labels within a module. */
    private static final Set<String> UNIQUE = Set.of("resource", "data", "module", "variable", "output");
    private static final Set<String> MERGED_BY_ARGUMENT = Set.of("lifecycle", "required_providers");

    private ModuleLoader() {
    }

    /** Whether Terraform reads the file as an override file. */
    public static boolean isOverride(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        for (String ext : List.of(".tf", ".tf.json", ".tofu", ".tofu.json")) {
            if (n.endsWith(ext)) {
                String stem = n.substring(0, n.length() - ext.length());
                return stem.equals("override") || stem.endsWith("_override");
            }
        }
        return false;
    }

    public static TerraformModule load(String dir, List<ConfigFile> parsed) {
        List<ConfigFile> primary = new ArrayList<>();
        List<ConfigFile> overrides = new ArrayList<>();
        for (ConfigFile f : parsed) (isOverride(f.source().name()) ? overrides : primary).add(f);
        Comparator<ConfigFile> byName = Comparator.comparing(f -> f.source().name());
        primary.sort(byName);
        overrides.sort(byName);

        List<Builder> blocks = new ArrayList<>();
        Map<String, Builder> unique = new HashMap<>();
        Map<String, Located<Attribute>> locals = new LinkedHashMap<>();
        List<TerraformModule.Problem> problems = new ArrayList<>();
        for (ConfigFile f : primary) {
            for (Block b : f.body().blocks()) {
                if (b.type().equals("locals")) {
                    for (Attribute a : b.body().attributes()) {
                        Located<Attribute> previous = locals.putIfAbsent(a.name(), new Located<>(a, f.source()));
                        if (previous != null) {
                            problems.add(new TerraformModule.Problem("local value '" + a.name() + "' is also defined at "
                                    + previous.file().relativePath() + ":" + previous.node().span().line(),
                                    new Located<>(a.nameSpan(), f.source())));
                        }
                    }
                    continue;
                }
                Builder builder = new Builder(new Located<>(b, f.source()));
                String key = key(b);
                if (UNIQUE.contains(b.type())) {
                    Builder previous = unique.putIfAbsent(key, builder);
                    if (previous != null) {
                        problems.add(new TerraformModule.Problem("duplicate " + b.type() + " " + labels(b) + ": also declared at "
                                + previous.declaration.file().relativePath() + ":" + previous.declaration.node().span().line(),
                                new Located<>(b.typeSpan(), f.source())));
                        continue;
                    }
                }
                blocks.add(builder);
            }
        }
        for (ConfigFile f : overrides) {
            for (Block b : f.body().blocks()) {
                if (b.type().equals("locals")) {
                    for (Attribute a : b.body().attributes()) {
                        if (!locals.containsKey(a.name())) {
                            problems.add(new TerraformModule.Problem("override of local value '" + a.name()
                                    + "' has no original in the module", new Located<>(a.nameSpan(), f.source())));
                        }
                        locals.put(a.name(), new Located<>(a, f.source()));
                    }
                    continue;
                }
                if (b.type().equals("terraform")) {
                    Builder base = blocks.stream().filter(x -> x.declaration.node().type().equals("terraform")).findFirst().orElse(null);
                    if (base == null) blocks.add(new Builder(new Located<>(b, f.source())));
                    else base.merge(b, f);
                    continue;
                }
                Builder base = UNIQUE.contains(b.type()) ? unique.get(key(b)) : null;
                if (base == null && b.type().equals("provider")) {
                    base = blocks.stream().filter(x -> key(x.declaration.node()).equals(key(b))).findFirst().orElse(null);
                }
                if (base == null) {
                    problems.add(new TerraformModule.Problem("override of " + b.type() + " " + labels(b)
                            + " has no original block in the module", new Located<>(b.typeSpan(), f.source())));
                    continue;
                }
                base.merge(b, f);
            }
        }
        List<ModuleBlock> out = new ArrayList<>();
        for (Builder b : blocks) out.add(b.build());
        return new TerraformModule(dir, concat(primary, overrides), out, locals, problems);
    }

    private static List<ConfigFile> concat(List<ConfigFile> a, List<ConfigFile> b) {
        List<ConfigFile> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Type and labels; a provider is keyed by its name and alias. */
    private static String key(Block b) {
        StringBuilder sb = new StringBuilder(b.type());
        for (var l : b.labels()) sb.append('\0').append(l.value());
        if (b.type().equals("provider")) {
            b.body().attribute("alias").ifPresent(a -> sb.append("\0alias=").append(
                    a.value() instanceof dev.opsmith.format.terraform.hcl.Expression.Template t ? t.literalValue().orElse("?") : "?"));
        }
        return sb.toString();
    }

    private static String labels(Block b) {
        return String.join(" ", b.labels().stream().map(l -> "\"" + l.value() + "\"").toList());
    }

    /** A block being merged. */
    private static final class Builder {
        final Located<Block> declaration;
        final LinkedHashMap<String, Located<Attribute>> attributes = new LinkedHashMap<>();
        final List<Located<Block>> nested = new ArrayList<>();

        Builder(Located<Block> declaration) {
            this.declaration = declaration;
            for (Attribute a : declaration.node().body().attributes()) attributes.put(a.name(), new Located<>(a, declaration.file()));
            for (Block b : declaration.node().body().blocks()) nested.add(new Located<>(b, declaration.file()));
        }

        void merge(Block override, ConfigFile file) {
            for (Attribute a : override.body().attributes()) attributes.put(a.name(), new Located<>(a, file.source()));
            Set<String> replaced = new LinkedHashSet<>();
            for (Block b : override.body().blocks()) {
                String type = b.type();
                if (!MERGED_BY_ARGUMENT.contains(type) && replaced.add(type)) {
                    boolean backend = type.equals("backend") || type.equals("cloud");
                    nested.removeIf(n -> n.node().type().equals(type)
                            || backend && (n.node().type().equals("backend") || n.node().type().equals("cloud")));
                }
                nested.add(new Located<>(b, file.source()));
            }
        }

        ModuleBlock build() {
            Block b = declaration.node();
            return new ModuleBlock(b.type(), b.labels().stream().map(l -> l.value()).toList(), declaration, attributes, nested);
        }
    }

}
