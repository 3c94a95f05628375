package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.format.compose.PortMapping;
import dev.opsmith.rules.RuleContext;

/** Where only a reverse proxy should face the network, every other published port is an unplanned entry point. */
public final class PortOnAllInterfaces extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP021", "Port published on all interfaces")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.COMPOSE).optIn()
            .description("Opt-in. Reports every `ports` item published on all host interfaces (no host IP, `0.0.0.0`, "
                    + "`::`) that is not one of CMP020's built-in database, admin or daemon ports, including a "
                    + "container-only port such as `\"8080\"`, which Docker publishes on a random host port. An item "
                    + "whose ports are unresolved variables is reported too: its interfaces are known. Items bound to a "
                    + "specific address, an unresolved host IP, `expose` and services on the host network are not.")
            .rationale("Published ports bypass host firewalls, so on a host where a reverse proxy terminates TLS and "
                    + "applies authentication, any other port published on every interface is a way around it.")
            .remediation("Bind the port to loopback (`127.0.0.1:8080:8080`) for the local proxy, or drop the item and "
                    + "let the proxy reach the service over the Compose network.")
            .reference("https://docs.docker.com/reference/compose-file/services/#ports")
            .reference("https://docs.docker.com/engine/network/packet-filtering-firewalls/")
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
                if (!PublishedPorts.allInterfaces(port).orElse(false)) continue;
                if (PublishedPorts.dataPort(port, PublishedPorts.DATA_PORTS).isPresent()) continue; // CMP020's
                String where = port.published().isPresent() ? "" : " on a random host port";
                report(context, service, port, "service \"" + service.name() + "\" publishes \""
                        + PublishedPorts.display(port) + "\" on every host interface" + where
                        + "; bind it to 127.0.0.1 behind the reverse proxy, or drop it");
            }
        }
    }
}
