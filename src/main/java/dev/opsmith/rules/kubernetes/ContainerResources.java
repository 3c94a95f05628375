package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Span;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.ContainerKind;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.PodSpec;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The {@code resources} of the containers that resource rules judge: regular and init containers (ephemeral
 * containers cannot declare resources). A limit without a request counts as a request, because the API server
 * defaults the request to the limit.
 */
final class ContainerResources {
    private ContainerResources() {
    }

    /**
     * Reports every judged container of every workload that lacks what {@code present} checks for, at its
     * {@link #anchor}: "{@code <container> of <object> has no <missing>}", with the container's name as a property.
     */
    static void reportMissing(KubernetesManifests manifests, RuleContext context, Predicate<Container> present,
                              String missing) {
        KubernetesRule.forEachPodSpec(manifests, (object, spec) -> {
            for (Container c : judged(spec)) {
                if (present.test(c)) continue;
                KubernetesRule.report(context, object, anchor(c), c.display() + " of " + object.display()
                        + " has no " + missing).property("container", c.name().orElse(""));
            }
        });
    }

    /** Regular and init containers whose {@code resources} can be judged (not a leftover template expression). */
    static List<Container> judged(PodSpec spec) {
        List<Container> out = new ArrayList<>();
        for (Container c : spec.containers(ContainerKind.CONTAINER)) {
            if (judgeable(c)) out.add(c);
        }
        for (Container c : spec.containers(ContainerKind.INIT)) {
            if (judgeable(c)) out.add(c);
        }
        return out;
    }

    private static boolean judgeable(Container c) {
        YamlNode resources = c.resources();
        return !(resources.text().isPresent() && TemplateValues.isUnrendered(resources.text().get()));
    }

    static YamlNode request(Container c, String resource) {
        return c.resources().path("requests", resource);
    }

    static YamlNode limit(Container c, String resource) {
        return c.resources().path("limits", resource);
    }

    /** True when a value is written for the resource (a present, non-null scalar or an unrendered placeholder). */
    static boolean isSet(YamlNode value) {
        return value.present() && !value.isNull();
    }

    /** True when the resource gets a request: written directly, or defaulted from its limit. */
    static boolean hasEffectiveRequest(Container c, String resource) {
        return isSet(request(c, resource)) || isSet(limit(c, resource));
    }

    /** Where to report what a container's resources lack: the {@code resources:} key, else the container's name. */
    static Span anchor(Container c) {
        YamlEntry entry = c.node().entry("resources");
        return entry != null ? entry.key().span() : c.anchor();
    }

    /** The text of a quantity, when it can be judged (present, a scalar, and no template placeholder). */
    static java.util.Optional<java.math.BigDecimal> quantity(YamlNode value) {
        return value.text().filter(t -> !TemplateValues.isUnrendered(t)).flatMap(Quantity::parse);
    }

    /** The resource names of a {@code requests} or {@code limits} mapping, in document order. */
    static List<YamlEntry> entries(Container c, String section) {
        YamlNode node = c.resources().get(section);
        return node instanceof YamlMapping m ? m.entries() : List.of();
    }
}
