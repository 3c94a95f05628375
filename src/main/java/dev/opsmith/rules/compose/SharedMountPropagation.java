package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.format.compose.VolumeMount;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** With shared propagation, mounts made inside the container appear on the host. */
public final class SharedMountPropagation extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP017", "Bind mount propagates mounts back to the host")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.COMPOSE)
            .description("Reports a bind mount whose propagation is `shared` or `rshared`: the long syntax's "
                    + "`bind.propagation`, or an option of the short syntax (`./data:/data:ro,rshared`), after `.env` "
                    + "interpolation. `private`, `rprivate` (the default), `slave` and `rslave` are accepted. Points at "
                    + "the `propagation` value or the short-syntax item, in the file that wrote it.")
            .rationale("Shared propagation sends every mount the container makes under the target back to the "
                    + "host's mount table. A compromised service that can mount (it holds `CAP_SYS_ADMIN` or runs a "
                    + "FUSE helper) can then place file systems over host paths that host processes and other "
                    + "containers trust, and the host sees mounts no one reviewed.")
            .remediation("Remove the propagation option (mounts are private by default), or use `rslave` when the "
                    + "container must see mounts the host makes later without sending its own back.")
            .reference("https://docs.docker.com/engine/storage/bind-mounts/#configure-bind-propagation")
            .reference("https://docs.docker.com/reference/compose-file/services/#volumes")
            .build();

    private static final List<String> SHARED = List.of("shared", "rshared");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            for (VolumeMount mount : service.volumes()) {
                if (!mount.isBind()) continue;
                Optional<ComposeNode> at = sharedPropagation(mount.node());
                at.ifPresent(node -> report(context, service, node, "service \"" + service.name() + "\" mounts "
                        + mount.source().orElse("a host path") + " with shared propagation, so mounts made in the "
                        + "container appear on the host; remove the option or use rslave"));
            }
        }
    }

    /** The node that sets shared propagation: the long syntax's {@code propagation}, or the short-syntax item. */
    private static Optional<ComposeNode> sharedPropagation(ComposeNode item) {
        if (item.isMapping()) {
            ComposeNode propagation = item.path("bind", "propagation");
            return propagation.resolved().filter(SharedMountPropagation::isShared).map(p -> propagation);
        }
        String text = item.interpolated().orElse("").strip();
        int colon = text.lastIndexOf(':');
        if (colon < 0 || text.split(":", -1).length < 3) return Optional.empty();
        for (String option : text.substring(colon + 1).split(",")) {
            if (isShared(option)) return Optional.of(item);
        }
        return Optional.empty();
    }

    private static boolean isShared(String option) {
        return SHARED.contains(option.strip().toLowerCase(Locale.ROOT));
    }
}
