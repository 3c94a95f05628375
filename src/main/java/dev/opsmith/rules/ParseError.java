package dev.opsmith.rules;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;

/** Metadata of the PARSE rule: the scanner reports under it every file it claims but cannot read or parse. */
public final class ParseError {
    public static final String ID = "PARSE";

    public static final RuleMeta META = RuleMeta.builder(ID, "File could not be parsed")
            .severity(Severity.HIGH)
            .category(Category.RELIABILITY)
            .format(Format.DOCKERFILE)
            .format(Format.KUBERNETES)
            .format(Format.COMPOSE)
            .format(Format.TERRAFORM)
            .description("The file is claimed by its name or content as a format opsmith scans, but it could not be "
                    + "read or parsed, so no other rule checked it. Binary content, text that is not UTF-8, files over "
                    + "the size limit and syntax errors are reported here with the position of the problem.")
            .rationale("A file that cannot be parsed is a file nobody audited. The tool that consumes it (docker "
                    + "build, kubectl, terraform) will most likely fail on it too, or read it differently than a "
                    + "reviewer does.")
            .remediation("Fix the syntax error at the reported position, or exclude the file (--exclude or "
                    + "`exclude:` in .opsmith.yaml) when it is not what its name says. Files over the size limit can "
                    + "be allowed with `limits:` in .opsmith.yaml.")
            .build();

    private ParseError() {
    }
}
