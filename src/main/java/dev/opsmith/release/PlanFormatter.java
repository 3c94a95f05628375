package dev.opsmith.release;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code opsmith release plan} output. JSON has one object per package under {@code packages}; with a single package
 * its fields ({@code current}, {@code next}, {@code bump}, {@code reason}, {@code commits}) are also at the top level,
 * so scripts can read {@code .next} directly. Output is in the JSON style of the scan reports (two-space indent,
 * {@code \n} line ends).
 */
public final class PlanFormatter {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final ObjectWriter WRITER = MAPPER.writer().with(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final ReleaseSettings settings;

    public PlanFormatter(ReleaseSettings settings) {
        this.settings = settings;
    }

    public String json(ReleasePlan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("branch", plan.branch());
        root.put("head", plan.head());
        ArrayNode packages = root.putArray("packages");
        for (PackagePlan p : plan.packages()) packages.add(packageJson(p));
        if (plan.packages().size() == 1) {
            ObjectNode only = packageJson(plan.packages().get(0));
            for (String key : List.of("current", "next", "nextTag", "bump", "reason", "commits", "nonConventional")) {
                root.set(key, only.get(key));
            }
        }
        return WRITER.writeValueAsString(root) + "\n";
    }

    private ObjectNode packageJson(PackagePlan p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", p.spec().name());
        o.put("path", p.spec().path());
        o.put("current", p.current().map(SemVer::toString).orElse(null));
        o.put("currentTag", p.lastRelease().map(ReleaseRepository.Tag::name).orElse(null));
        o.put("declared", p.declared().map(SemVer::toString).orElse(null));
        o.put("next", p.next().map(SemVer::toString).orElse(null));
        o.put("nextTag", p.nextTag().orElse(null));
        o.put("bump", p.next().isPresent() ? p.bump().id() : null);
        o.put("reason", p.reason());
        ObjectNode byType = o.putObject("commits");
        Map<String, List<Commit>> grouped = new LinkedHashMap<>();
        for (Commit c : p.analysis().counted()) {
            String key = c.message().breaking() ? "breaking" : c.message().type();
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        grouped.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> byType.set(e.getKey(), commits(e.getValue())));
        o.set("cancelled", commits(p.analysis().cancelled()));
        o.set("nonConventional", commits(p.analysis().nonConventional()));
        o.put("skipped", p.analysis().skipped().size());
        ArrayNode deps = o.putArray("dependencies");
        for (PackagePlan.DependencyUpdate d : p.dependencies()) {
            deps.addObject().put("package", d.packageName()).put("version", d.version().toString());
        }
        return o;
    }

    private ArrayNode commits(List<Commit> commits) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Commit c : commits) {
            ObjectNode o = a.addObject();
            o.put("sha", c.sha());
            o.put("header", c.message().header());
            if (!c.message().type().isEmpty()) o.put("type", c.message().type());
            if (!c.message().scope().isEmpty()) o.put("scope", c.message().scope());
            o.put("breaking", c.message().breaking());
            c.message().pullRequest().ifPresent(pr -> o.put("pullRequest", pr));
        }
        return a;
    }

    /** The plan as sentences; {@code verbose} lists every commit and the non-conventional ones by id. */
    public String text(ReleasePlan plan, boolean verbose) {
        StringBuilder sb = new StringBuilder();
        for (PackagePlan p : plan.packages()) {
            String name = settings.singlePackage() ? "" : p.spec().name() + ": ";
            String current = p.lastRelease().map(t -> t.version() + " (" + t.name() + ")").orElse("none");
            if (p.next().isPresent()) {
                sb.append(name).append("next release ").append(p.next().get()).append(" (tag ").append(p.nextTag().get())
                        .append("), current ").append(current).append('\n');
            } else {
                sb.append(name).append("no release; current ").append(current).append('\n');
            }
            sb.append("  ").append(p.reason()).append('\n');
            CommitAnalysis a = p.analysis();
            sb.append("  commits: ").append(a.counted().size()).append(" conventional");
            if (!a.cancelled().isEmpty()) sb.append(", ").append(a.cancelled().size()).append(" cancelled by reverts");
            if (!a.nonConventional().isEmpty()) sb.append(", ").append(a.nonConventional().size()).append(" not conventional");
            if (!a.skipped().isEmpty()) sb.append(", ").append(a.skipped().size()).append(" merges/fixups skipped");
            sb.append('\n');
            for (PackagePlan.DependencyUpdate d : p.dependencies()) {
                sb.append("  dependency ").append(d.packageName()).append(" → ").append(d.version()).append('\n');
            }
            if (verbose) {
                for (Commit c : a.counted()) sb.append("    ").append(c.shortSha()).append(' ').append(c.message().header()).append('\n');
                for (Commit c : a.cancelled()) sb.append("    ").append(c.shortSha()).append(" (cancelled) ").append(c.message().header()).append('\n');
                for (Commit c : a.nonConventional()) sb.append("    ").append(c.shortSha()).append(" (not conventional) ").append(c.message().header()).append('\n');
            } else if (!a.nonConventional().isEmpty()) {
                sb.append("  (--verbose lists the commits that are not conventional)\n");
            }
        }
        return sb.toString();
    }
}
