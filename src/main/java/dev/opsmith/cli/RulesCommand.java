package dev.opsmith.cli;

import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.ToolInfo;
import dev.opsmith.report.CatalogWriter;
import dev.opsmith.report.Examples;
import dev.opsmith.rules.Coverage;
import dev.opsmith.rules.RuleExamples;
import dev.opsmith.rules.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code opsmith rules}: the rule catalog, one rule's description, and coverage of a peer tool's rules. */
@Command(name = "rules", description = "List the rules (text, json, or the Markdown docs).",
        subcommands = {RulesCommand.Describe.class, RulesCommand.CoverageCommand.class})
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or markdown.")
    String format;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "With --format markdown: write docs/rules/ pages under DIR (the repository root).")
    Path outputDir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<RuleMeta> rules = Rules.catalog();
        CatalogWriter writer = new CatalogWriter(ToolInfo.current().rulesetVersion());
        switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "text" -> writer.writeText(rules, out);
            case "json" -> writer.writeJson(rules, out);
            case "markdown" -> {
                Map<String, String> pages = markdownPages();
                if (outputDir == null) {
                    out.print(pages.get("docs/rules/README.md"));
                } else {
                    for (Map.Entry<String, String> page : pages.entrySet()) {
                        Path target = outputDir.resolve(page.getKey());
                        Files.createDirectories(target.getParent());
                        Files.writeString(target, page.getValue(), StandardCharsets.UTF_8);
                    }
                    out.println("wrote " + pages.size() + " pages under " + outputDir.resolve("docs/rules"));
                }
            }
            default -> throw new UserError("unknown --format '" + format + "'; use text, json or markdown");
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Every docs page, keyed by repository-relative path; also used by the docs drift test. */
    static Map<String, String> markdownPages() {
        return new CatalogWriter(ToolInfo.current().rulesetVersion()).markdownPages(Rules.catalog(), RulesCommand::examples);
    }

    static Examples examples(RuleMeta meta) {
        return new Examples(RuleExamples.read(meta, false).orElse(null), RuleExamples.read(meta, true).orElse(null),
                RuleExamples.language(meta));
    }

    /** {@code opsmith rules describe ID}. */
    @Command(name = "describe", description = "Describe one rule (our id, or a peer's equivalent id).")
    static final class Describe implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            List<RuleMeta> metas = Rules.resolve(id);
            if (metas.isEmpty()) throw new UserError("unknown rule id '" + id + "'; `opsmith rules` lists the ids");
            PrintWriter out = spec.commandLine().getOut();
            CatalogWriter writer = new CatalogWriter(ToolInfo.current().rulesetVersion());
            for (int i = 0; i < metas.size(); i++) {
                if (i > 0) out.println();
                out.print(writer.describe(metas.get(i), examples(metas.get(i))));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code opsmith rules coverage PEER}: each peer rule, the rules of ours that cover it, or why none applies. */
    @Command(name = "coverage", description = "Show how a peer tool's rules (hadolint, checkov, trivy, tfsec, kube-linter, kube-score, polaris, kics) map to ours.")
    static final class CoverageCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PEER")
        String peer;

        @Option(names = "--format", defaultValue = "text", description = "text or json.")
        String format;

        @Override
        public Integer call() {
            List<Coverage.Entry> entries;
            try {
                entries = Coverage.of(peer);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            long mapped = entries.stream().filter(Coverage.Entry::mapped).count();
            if (format.equalsIgnoreCase("json")) {
                var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
                var root = mapper.createObjectNode();
                root.put("peer", peer.toLowerCase(java.util.Locale.ROOT));
                root.put("rules", entries.size());
                root.put("mapped", mapped);
                var arr = root.putArray("entries");
                for (Coverage.Entry e : entries) {
                    var n = arr.addObject();
                    n.put("id", e.id());
                    n.put("summary", e.summary());
                    var ids = n.putArray("opsmith");
                    e.opsmith().forEach(ids::add);
                    n.put("note", e.note());
                }
                out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            } else if (format.equalsIgnoreCase("text")) {
                int w = entries.stream().mapToInt(e -> e.id().length()).max().orElse(6);
                for (Coverage.Entry e : entries) {
                    String ours = e.mapped() ? String.join(",", e.opsmith()) : "n/a";
                    String note = e.note().isEmpty() ? "" : "  (" + e.note() + ")";
                    out.printf("%-" + w + "s  %-12s %s%s%n", e.id(), ours, e.summary(), note);
                }
                out.printf("%n%d of %d %s rules mapped (%.0f%%); the others are explained.%n", mapped, entries.size(),
                        peer.toLowerCase(java.util.Locale.ROOT), entries.isEmpty() ? 0.0 : 100.0 * mapped / entries.size());
            } else {
                throw new UserError("unknown --format '" + format + "'; use text or json");
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
