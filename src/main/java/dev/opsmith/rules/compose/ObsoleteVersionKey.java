package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.yaml.YamlDocument;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.rules.RuleContext;

/** Compose v2 ignores {@code version} and warns about it; readers still take it for a schema selector. */
public final class ObsoleteVersionKey extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP060", "Obsolete top-level version key")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.COMPOSE)
            .description("Reports a top-level `version` key in the scanned file, whether it is a base, an override or "
                    + "an overlay, in every document of the file. The key itself is reported.")
            .rationale("The Compose Specification made `version` informative only: `docker compose` ignores it, "
                    + "prints a warning that it is obsolete on every command, and validates against the current "
                    + "schema whatever it says. Keeping it suggests to readers that features are gated by it, which "
                    + "they are not.")
            .remediation("Delete the `version:` line.")
            .reference("https://docs.docker.com/reference/compose-file/version-and-name/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (YamlDocument document : project.yaml().documents()) {
            for (YamlEntry entry : document.root().entries()) {
                if (!entry.key().value().equals("version")) continue;
                context.report(entry.key().span(), "top-level version is obsolete: docker compose ignores it and "
                        + "warns on every run; delete it");
            }
        }
    }
}
