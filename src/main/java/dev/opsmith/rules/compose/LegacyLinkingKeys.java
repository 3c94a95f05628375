package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.rules.RuleContext;

import java.util.List;

/** Links and shared container volumes predate user-defined networks and named volumes. */
public final class LegacyLinkingKeys extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP062", "Legacy links, external_links or volumes_from")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.COMPOSE)
            .description("Reports the `links`, `external_links` and `volumes_from` keys of a service in every file "
                    + "that writes them (base, override or overlay). The key is reported.")
            .rationale("On a Compose network every service is already reachable by its name, so `links` adds only "
                    + "ordering that `depends_on` states explicitly; `external_links` ties the project to containers "
                    + "started elsewhere by name; `volumes_from` shares every mount of another container, including "
                    + "ones added later, instead of the one volume that is meant to be shared.")
            .remediation("Remove `links` (use the service name, `depends_on` for start order and a network alias "
                    + "for another name); replace `external_links` with a shared external network; replace "
                    + "`volumes_from` with the named volumes both services mount.")
            .reference("https://docs.docker.com/reference/compose-file/services/#links")
            .reference("https://docs.docker.com/reference/compose-file/services/#volumes_from")
            .build();

    private static final List<String> KEYS = List.of("links", "external_links", "volumes_from");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            for (String key : KEYS) {
                for (ComposeNode.Layer layer : service.get(key).layers()) {
                    if (!layer.local() || layer.key() == null) continue;
                    report(context, service, layer.key().span(), "service \"" + service.name() + "\" uses legacy "
                            + key + ": " + advice(key));
                }
            }
        }
    }

    private static String advice(String key) {
        return switch (key) {
            case "links" -> "services already reach each other by name on the Compose network: remove it and use "
                    + "depends_on for start order";
            case "external_links" -> "attach both projects to a shared external network instead";
            default -> "mount the named volumes to share instead";
        };
    }
}
