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

/** Docker's default set still holds capabilities most services never use; dropping ALL keeps only what is added back. */
public final class CapabilitiesNotDroppedAll extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP009", "Service does not drop ALL capabilities")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.COMPOSE).optIn()
            .description("Reports a service whose merged `cap_drop` (the items of every Compose file of the "
                    + "project) does not contain `ALL` (any case, with or without `CAP_`): at `cap_drop` when the "
                    + "key is present, otherwise at the service's key in the file that first defines it. Privileged "
                    + "services are left to CMP001, and a `cap_drop` item using a variable that `.env` does not "
                    + "define may be `ALL`, so the service is not judged; nor is a service using `extends` (its base may "
                    + "drop ALL).")
            .rationale("Docker's default set keeps capabilities such as NET_RAW (packet spoofing on the project "
                    + "network), DAC_OVERRIDE, SETUID and CHOWN that an attacker in the container can use and a "
                    + "typical API or worker never needs. Dropping everything and adding back the one or two the "
                    + "service uses makes the grant explicit and reviewable.")
            .remediation("Add `cap_drop: [ALL]` and list only the capabilities the service needs in `cap_add` "
                    + "(for example NET_BIND_SERVICE to listen below port 1024).")
            .reference("https://docs.docker.com/reference/compose-file/services/#cap_drop")
            .reference("https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            if (service.privileged().bool().orElse(false)) continue;
            if (service.get("extends").present()) continue; // the model does not merge extends yet: its cap_drop is unknown
            List<ComposeNode> items = service.capDrop();
            if (items.stream().anyMatch(ComposeNode::isUnresolved)) continue;
            if (items.stream().anyMatch(i -> i.resolved().map(Capabilities::normalise).orElse("").equals("ALL"))) continue;
            String message = "service \"" + service.name() + "\" keeps Docker's default capabilities; add "
                    + "cap_drop: [ALL] and add back only what it needs";
            ComposeNode capDrop = service.get("cap_drop");
            if (capDrop.present()) {
                if (capDrop.local()) report(context, service, capDrop.keySpan(), message);
            } else {
                reportMissing(context, service, message);
            }
        }
    }
}
