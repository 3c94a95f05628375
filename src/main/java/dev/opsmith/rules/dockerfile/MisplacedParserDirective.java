package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Comment;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

/** BuildKit reads parser directives only at the very top; anywhere else they are silently plain comments. */
public final class MisplacedParserDirective extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF092", "Parser directive ignored because of its position")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Flags comments of the form `# syntax=…`, `# escape=…` or `# check=…` that are not in the "
                    + "leading block of directives: after an instruction, after an empty line, or after an ordinary "
                    + "comment. Accepted: directives in the first lines of the file, before any other line.")
            .rationale("BuildKit stops looking for directives at the first line that is not one, and treats later ones "
                    + "as comments without a warning. A pinned `# syntax=` frontend is then not used (the build runs "
                    + "whatever frontend is bundled), `# escape=` does not apply, and `# check=error=true` no longer fails "
                    + "the build on check violations, so a control the reader believes is in force is not.")
            .remediation("Move the directive to the top of the file, above every comment, empty line and instruction.")
            .reference("https://docs.docker.com/reference/dockerfile/#parser-directives")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile df, RuleContext ctx) {
        for (Comment c : df.misplacedDirectives()) {
            ctx.report(c.span(), "parser directive '# " + c.text() + "' is not at the top of the file, so BuildKit treats "
                    + "it as a plain comment; move it above every other line");
        }
    }
}
