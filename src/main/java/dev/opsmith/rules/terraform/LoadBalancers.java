package dev.opsmith.rules.terraform;

import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.Link;
import dev.opsmith.rules.terraform.support.References;

import java.util.ArrayList;
import java.util.List;

/**
 * Facts the load balancer rules share. The AWS provider declares {@code aws_lb} and {@code aws_alb} (and their
 * listeners) as two names of one resource, so every rule reads both; and whether a listener belongs to an
 * Application Load Balancer decides its default protocol, which only the linked load balancer can tell.
 */
final class LoadBalancers {

    static final List<String> BALANCERS = List.of("aws_lb", "aws_alb");
    static final List<String> LISTENERS = List.of("aws_lb_listener", "aws_alb_listener");

    /** What kind of load balancer a listener or association belongs to. */
    enum Kind { APPLICATION, OTHER, UNKNOWN }

    /** A decided kind, or UNKNOWN with the inputs that kept it from being decided. */
    record KindOf(Kind kind, List<String> unknownReasons) {
    }

    private LoadBalancers() {
    }

    /** The instances of all the given types declared in the scanned file, in type order. */
    static List<ResourceInstance> declared(TerraformRule.Reporter reporter, EvaluatedModule module, List<String> types) {
        List<ResourceInstance> out = new ArrayList<>();
        for (String type : types) out.addAll(reporter.resources(module, type));
        return out;
    }

    /** Every load balancer of the module, whichever file declares it. */
    static List<ResourceInstance> all(EvaluatedModule module) {
        List<ResourceInstance> out = new ArrayList<>();
        for (String type : BALANCERS) out.addAll(module.resources(type));
        return out;
    }

    /** The kind a load balancer declares: {@code load_balancer_type} defaults to {@code application}. */
    static KindOf kind(ResourceInstance balancer) {
        Value type = balancer.value("load_balancer_type");
        if (type.isAbsent() || type.isNull()) return new KindOf(Kind.APPLICATION, List.of());
        if (!type.isKnown()) return new KindOf(Kind.UNKNOWN, type.unknownReasons());
        return new KindOf("application".equals(type.string().orElse("")) ? Kind.APPLICATION : Kind.OTHER, List.of());
    }

    /** The kind of the load balancer a listener's {@code load_balancer_arn} names; UNKNOWN when it is not in the scan. */
    static KindOf kindOfListener(EvaluatedModule module, ResourceInstance listener) {
        Value arn = listener.value("load_balancer_arn");
        Link link = References.link(arn, all(module));
        if (link.isLinked()) return kind(link.target().orElseThrow());
        if (link.isUnknown()) return new KindOf(Kind.UNKNOWN, link.unknownReasons());
        return new KindOf(Kind.UNKNOWN, List.of(listener.address() + ".load_balancer_arn names a load balancer "
                + "outside this configuration"));
    }
}
