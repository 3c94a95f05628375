package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.format.compose.PortMapping;
import dev.opsmith.rules.RuleContext;

import java.util.Optional;

/** A container on a well-known host port shadows (or races) the host service that belongs there. */
public final class PrivilegedHostPort extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP022", "Host port below 1024 published")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.COMPOSE).optIn()
            .description("Opt-in. Reports a `ports` item whose published host port, or any port of its host range, "
                    + "is between 1 and 1023 other than 80 and 443, for TCP and UDP alike and whatever the host IP. "
                    + "Ports from 1024 up, container-only items (random host port), 80, 443 and an unresolved "
                    + "published port are not reported, nor services on the host network.")
            .rationale("Ports below 1024 belong to host services (SSH 22, SMTP 25, DNS 53, rpcbind 111 …) that "
                    + "operators and clients trust. A container that takes one over can impersonate that service, or "
                    + "breaks it on the next restart, and scanners that expect a system daemon there find a container.")
            .remediation("Publish the service on a port from 1024 up (`2222:22`), or put it behind the reverse proxy "
                    + "on 80/443.")
            .reference("https://docs.docker.com/reference/compose-file/services/#ports")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            if (PublishedPorts.onHostNetwork(service)) continue;
            for (PortMapping port : service.ports()) {
                Optional<Integer> low = PublishedPorts.published(port).flatMap(PrivilegedHostPort::lowPort);
                if (low.isEmpty()) continue;
                report(context, service, port, "service \"" + service.name() + "\" publishes host port " + low.get()
                        + " (\"" + PublishedPorts.display(port) + "\"), a well-known port of host services; "
                        + "publish it from 1024 up or behind the proxy on 80/443")
                        .ifPresent(r -> r.property("port", Integer.toString(low.get())));
            }
        }
    }

    /** The first port of the range in 1–1023 other than 80 and 443. */
    private static Optional<Integer> lowPort(PublishedPorts.Range range) {
        for (int p = Math.max(1, range.first()); p <= Math.min(1023, range.last()); p++) {
            if (p != 80 && p != 443) return Optional.of(p);
        }
        return Optional.empty();
    }
}
