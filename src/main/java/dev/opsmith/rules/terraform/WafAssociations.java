package dev.opsmith.rules.terraform;

import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.References;

import java.util.ArrayList;
import java.util.List;

/**
 * Which web ACL associations protect a resource. WAFv2 ({@code aws_wafv2_web_acl_association}) and WAF Classic
 * regional ({@code aws_wafregional_web_acl_association}) both name the protected resource by {@code resource_arn}.
 */
final class WafAssociations {

    private static final List<String> TYPES =
            List.of("aws_wafv2_web_acl_association", "aws_wafregional_web_acl_association");

    private WafAssociations() {
    }

    /** The associations whose {@code resource_arn} links to {@code target}, with the reasons some could not be linked. */
    static References.Referrers of(EvaluatedModule module, ResourceInstance target) {
        List<ResourceInstance> linked = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String type : TYPES) {
            References.Referrers r = References.referrers(module, target, type, "resource_arn");
            linked.addAll(r.resources());
            unknown.addAll(r.unknownReasons());
        }
        return new References.Referrers(List.copyOf(linked), List.copyOf(unknown));
    }
}
