package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.format.compose.VolumeMount;
import dev.opsmith.rules.RuleContext;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** {@code docker compose up} refuses a project whose services name a network, volume, secret, config or service it lacks. */
public final class UndefinedReference extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP063",
                    "Reference to an undefined service, network, volume, secret or config")
            .severity(Severity.HIGH).category(Category.RELIABILITY).format(Format.COMPOSE)
            .description("Looks at the merged project (the scanned file with the files Compose reads with it) and "
                    + "reports a service's reference that nothing defines: a `networks` entry without a top-level "
                    + "network (the implicit `default` is defined); a named volume (short syntax whose source does "
                    + "not start with `.`, `/` or `~`, or long `type: volume`) without a top-level volume; a "
                    + "`secrets` or `configs` grant without a top-level definition; a `depends_on`, `links`, "
                    + "`volumes_from`, `extends.service` (same file) or `network_mode`/`pid`/`ipc` `service:<name>` "
                    + "naming no service. Definitions from any merged file count, `external: true` ones included. "
                    + "Names that are unresolved variables, `depends_on` entries with `required: false`, "
                    + "`container:` references and projects with `include` (whose included files may define the "
                    + "name) are not judged. The reference is reported in the file that wrote it.")
            .rationale("Compose validates these references before creating anything: `docker compose up` stops with "
                    + "\"refers to undefined network\" or \"depends on undefined service\", so the stack does not "
                    + "start at all, often only in the environment whose override was forgotten.")
            .remediation("Define the missing resource at the top level (with `external: true` if it is created "
                    + "outside the project), fix the name's spelling, or remove the reference.")
            .reference("https://docs.docker.com/reference/compose-file/networks/")
            .reference("https://docs.docker.com/reference/compose-file/volumes/")
            .reference("https://docs.docker.com/reference/compose-file/services/#depends_on")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        if (project.root().get("include").present()) return; // included projects are not merged into the model
        Set<String> services = project.services().stream().map(ComposeService::name).collect(Collectors.toSet());
        Predicate<String> network = n -> n.equals("default") || project.networks().get(n).present();
        Predicate<String> volume = n -> project.volumes().get(n).present();
        Predicate<String> secret = n -> project.secrets().get(n).present();
        Predicate<String> config = n -> project.configs().get(n).present();
        for (ComposeService service : project.services()) {
            Checker c = new Checker(context, service);
            c.keysOrItems(service.get("networks"), "network", network);
            for (VolumeMount v : service.volumes()) {
                if (!v.type().equals("volume") || v.source().isEmpty()) continue;
                c.value(v.node().isMapping() ? v.node().get("source") : v.node(), v.source().get(), "volume", volume);
            }
            for (ComposeNode grant : service.secrets()) c.grant(grant, "secret", secret);
            for (ComposeNode grant : service.configs()) c.grant(grant, "config", config);
            ComposeNode dependsOn = service.get("depends_on");
            if (dependsOn.isMapping()) {
                for (String key : dependsOn.keys()) {
                    ComposeNode entry = dependsOn.get(key);
                    if (!entry.present() || entry.get("required").bool().map(r -> !r).orElse(false)) continue;
                    c.key(entry, key, "service", services::contains);
                }
            } else {
                for (ComposeNode item : dependsOn.items()) c.item(item, "service", services::contains);
            }
            for (ComposeNode link : service.get("links").items()) {
                c.item(link, n -> n.substring(0, n.indexOf(':') < 0 ? n.length() : n.indexOf(':')), "service",
                        services::contains);
            }
            for (ComposeNode from : service.get("volumes_from").items()) {
                if (from.interpolated().map(t -> t.strip().startsWith("container:")).orElse(true)) continue;
                c.item(from, n -> n.substring(0, n.indexOf(':') < 0 ? n.length() : n.indexOf(':')), "service",
                        services::contains);
            }
            ComposeNode extend = service.get("extends");
            if (extend.isScalar()) {
                c.item(extend, "service", services::contains);
            } else if (extend.isMapping() && !extend.get("file").present()) {
                c.item(extend.get("service"), "service", services::contains);
            }
            for (ComposeNode mode : new ComposeNode[] {service.networkMode(), service.pid(), service.ipc()}) {
                if (!mode.interpolated().map(t -> t.strip().startsWith("service:")).orElse(false)) continue;
                c.item(mode, n -> n.substring("service:".length()), "service", services::contains);
            }
        }
    }

    /** Judges one service's references and reports the undefined ones where the scanned file wrote them. */
    private record Checker(RuleContext context, ComposeService service) {
        /** A mapping's keys (never interpolated) or a list's items. */
        void keysOrItems(ComposeNode attribute, String kind, Predicate<String> defined) {
            if (attribute.isMapping()) {
                for (String key : attribute.keys()) {
                    ComposeNode entry = attribute.get(key);
                    if (entry.present()) key(entry, key, kind, defined);
                }
            } else {
                for (ComposeNode item : attribute.items()) item(item, kind, defined);
            }
        }

        /** A key, reported in the file that first wrote it. */
        void key(ComposeNode entry, String name, String kind, Predicate<String> defined) {
            ComposeNode.Layer first = entry.layers().get(0);
            if (defined.test(name) || !first.local() || first.key() == null) return;
            reportAt(first.key().span(), name, kind);
        }

        void grant(ComposeNode grant, String kind, Predicate<String> defined) {
            item(grant.isMapping() ? grant.get("source") : grant, kind, defined);
        }

        void item(ComposeNode node, String kind, Predicate<String> defined) {
            item(node, n -> n, kind, defined);
        }

        /** A scalar naming something (after {@code name} extracts the name), judged once interpolated. */
        void item(ComposeNode node, java.util.function.UnaryOperator<String> name, String kind, Predicate<String> defined) {
            Optional<String> text = node.resolved().map(String::strip).filter(t -> !t.isEmpty());
            if (text.isEmpty()) return;
            value(node, name.apply(text.get()).strip(), kind, defined);
        }

        void value(ComposeNode node, String name, String kind, Predicate<String> defined) {
            if (name.isEmpty() || name.indexOf('$') >= 0 || defined.test(name) || !node.local()) return;
            reportAt(node.span(), name, kind);
        }

        private void reportAt(Span span, String name, String kind) {
            String where = kind.equals("service") ? "no service of the project is named so"
                    : "no top-level " + kind + "s: entry defines it";
            report(context, service, span, "service \"" + service.name() + "\" refers to " + kind + " \"" + name
                    + "\", but " + where + "; docker compose up refuses the project: define it"
                    + (kind.equals("service") ? "" : " (external: true if it is created elsewhere)")
                    + " or fix the name");
        }
    }
}
