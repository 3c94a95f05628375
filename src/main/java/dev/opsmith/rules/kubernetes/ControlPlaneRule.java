package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/**
 * A table of flag checks for one or more control-plane binaries run from a pod (kubeadm static pods, self-hosted
 * control planes). Each offending flag is reported on its list item; the unsafe defaults the command line leaves in
 * place are reported once, on the binary's item.
 */
abstract class ControlPlaneRule extends KubernetesRule {
    private final Set<String> binaries;

    /** @param binaries the binaries this rule reads (by file name) */
    ControlPlaneRule(String... binaries) {
        this.binaries = Set.of(binaries);
    }

    /** Applies the rule's table to one command line. */
    abstract void check(ControlPlaneCommand command, FlagChecks checks, RuleContext context);

    /** False when the binary takes its remaining settings from a file the manifest does not show. */
    boolean defaultsKnown(ControlPlaneCommand command) {
        return true;
    }

    @Override
    protected final void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (object, spec) -> {
            for (Container container : spec.allContainers()) {
                ControlPlaneCommand.of(container, binaries).ifPresent(command -> {
                    FlagChecks checks = new FlagChecks(command, defaultsKnown(command));
                    check(command, checks, context);
                    for (FlagChecks.Offence o : checks.offences()) {
                        report(context, object, o.node().span(), command.binary() + " in " + container.display()
                                + ": " + o.message()).property("binary", command.binary());
                    }
                    if (!checks.missing().isEmpty()) {
                        report(context, object, command.binaryNode().span(), command.binary() + " in "
                                + container.display() + " runs without " + String.join("; ", checks.missing()))
                                .property("binary", command.binary());
                    }
                });
            }
        });
    }
}
