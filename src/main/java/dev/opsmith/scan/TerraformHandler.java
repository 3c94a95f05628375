package dev.opsmith.scan;

import dev.opsmith.core.Format;
import dev.opsmith.core.SourceFile;
import dev.opsmith.format.terraform.hcl.Block;
import dev.opsmith.format.terraform.hcl.Body;
import dev.opsmith.format.terraform.hcl.BodyItem;
import dev.opsmith.format.terraform.hcl.ConfigFile;
import dev.opsmith.format.terraform.plan.Plan;
import dev.opsmith.format.terraform.plan.PlanParseException;
import dev.opsmith.format.terraform.plan.PlanReader;
import dev.opsmith.format.terraform.hcl.HclParseException;
import dev.opsmith.format.terraform.hcl.TerraformFiles;
import dev.opsmith.format.terraform.eval.ScannedModules;

/**
 * Terraform and OpenTofu files, claimed by name ({@code .tf}, {@code .tf.json}, {@code .tofu}, {@code .tfvars}) and
 * parsed by our own HCL parser: a syntax error is a PARSE finding at its position, and the scan goes on with the
 * next file. Evaluation and the AWS rules build on this model.
 */
final class TerraformHandler implements FormatHandler {

    @Override
    public Format format() {
        return Format.TERRAFORM;
    }

    @Override
    public Object parse(SourceFile file, FileSource files) throws ParseFailure {
        if (isPlan(file)) {
            try {
                // the scanner already held the file to the plan size limit; the reader streams it from disk
                return new PlanReader(Long.MAX_VALUE).read(file.path(), file.relativePath());
            } catch (PlanParseException e) {
                throw new ParseFailure(e.getMessage(), e.span());
            }
        }
        try {
            return TerraformFiles.parse(file);
        } catch (HclParseException e) {
            throw new ParseFailure(e.reason(), e.span());
        }
    }

    /** Terraform rules look across the files of a module (a folder): the index stage evaluates the modules. */
    @Override
    public boolean indexes() {
        return true;
    }

    @Override
    public java.util.List<Object> summarize(Object model, SourceFile source) {
        if (source.path() == null) return java.util.List.of();
        if (model instanceof Plan plan) return java.util.List.of(new ScannedModules.PlanFile(source.relativePath(), plan));
        return java.util.List.of(new ScannedModules.Parsed(source.path(), source.relativePath(), (ConfigFile) model));
    }

    /** Loads every folder's module and evaluates it, without variables given to the scan. */
    @Override
    public Object index(java.util.List<Object> summaries) {
        return index(summaries, dev.opsmith.format.terraform.eval.VariableSources.NONE);
    }

    /**
     * Loads every folder's module and evaluates it: roots with their tfvars and the scan's variable sources, child
     * modules through their calls. The scan root confines file functions.
     */
    static Object index(java.util.List<Object> summaries, dev.opsmith.format.terraform.eval.VariableSources variables) {
        java.util.List<ScannedModules.Parsed> files = new java.util.ArrayList<>();
        java.util.List<ScannedModules.PlanFile> plans = new java.util.ArrayList<>();
        for (Object o : summaries) {
            if (o instanceof ScannedModules.Parsed p) files.add(p);
            if (o instanceof ScannedModules.PlanFile p) plans.add(p);
        }
        if (files.isEmpty()) {
            return plans.isEmpty() ? ScannedModules.EMPTY : ScannedModules.evaluate(files, plans, java.nio.file.Path.of("."), variables);
        }
        ScannedModules.Parsed first = files.get(0);
        String abs = first.path().toAbsolutePath().normalize().toString().replace('\\', '/');
        java.nio.file.Path root = java.nio.file.Path.of(abs.substring(0, abs.length() - first.relativePath().length()));
        return ScannedModules.evaluate(files, plans, root, variables);
    }

    /** checkov's, trivy's and tfsec's suppression comments, honoured through our rules' equivalents. */
    @Override
    public java.util.List<dev.opsmith.suppress.Waiver> waivers(Object model) {
        if (!(model instanceof ConfigFile)) return java.util.List.of();
        // a peer id none of our rules declares equivalent is the peer's business, not an unknown rule of ours
        return TerraformPeerComments.waivers((ConfigFile) model, java.time.LocalDate.now(java.time.ZoneOffset.UTC))
                .stream().filter(w -> w.ids().stream().allMatch(id -> !RuleIds.RESOLVER.apply(id).isEmpty()))
                .toList();
    }

    /** The scanner sends a JSON file here only when its content is a plan's. */
    private static boolean isPlan(SourceFile file) {
        return file.path() != null && dev.opsmith.format.terraform.plan.PlanJson.hasPlanFileName(file.name());
    }

    /** {@code #} and {@code //} comments may end a line, so a pragma may too. */
    @Override
    public boolean trailingComments() {
        return true;
    }

    /** A pragma before a block or attribute covers all of it: the innermost item that starts on the line. */
    @Override
    public int statementEnd(Object model, int line) {
        if (!(model instanceof ConfigFile config)) return line;
        return end(config.body(), line);
    }

    private static int end(Body body, int line) {
        for (BodyItem item : body.items()) {
            if (item.span().line() == line) return item.span().endLine();
            if (item instanceof Block b && line > b.span().line() && line <= b.span().endLine()) return end(b.body(), line);
        }
        return line;
    }
}
