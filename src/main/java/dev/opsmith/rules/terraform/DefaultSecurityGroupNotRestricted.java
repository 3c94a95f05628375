package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.References;
import dev.opsmith.rules.terraform.support.SecurityGroupRules;
import dev.opsmith.rules.terraform.support.SecurityGroupRules.Direction;
import dev.opsmith.rules.terraform.support.SecurityGroupRules.SgRule;

/**
 * The default security group of a VPC admits traffic. Every network interface launched without an explicit group
 * lands in it, so it must be empty: Terraform empties it when an {@code aws_default_security_group} declares no
 * rules, and leaves AWS's permissive defaults in place when no such resource exists.
 */
public final class DefaultSecurityGroupNotRestricted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS120", "Default security group allows traffic")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("Reports each ingress or egress rule of an `aws_default_security_group` (inline blocks, "
                    + "`aws_security_group_rule` and `aws_vpc_security_group_*_rule` resources attached to it), and "
                    + "each `aws_vpc` that no `aws_default_security_group` refers to: AWS then keeps the default group "
                    + "it creates with every VPC, which admits all traffic between its members and all egress. When "
                    + "the reference from a default group to the VPC is unknown, nothing is reported (--show-unknown "
                    + "names the unknown inputs).")
            .rationale("Instances, endpoints and functions created without an explicit security group silently join "
                    + "the default group; when it admits traffic, they can reach each other and the internet outside "
                    + "any reviewed rule (CIS AWS 5.4, PCI DSS 1.3.1).")
            .remediation("Declare an `aws_default_security_group` for each VPC with `vpc_id` set and no `ingress` or "
                    + "`egress` blocks, and give every resource its own security group.")
            .reference("https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html")
            .compliance("PCI-DSS-4.0:1.3.1").compliance("NIST-800-53:SC-7").compliance("CIS-AWS-3.0:5.4")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV2_AWS_12")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance group : module.resources("aws_default_security_group")) {
            for (Direction direction : Direction.values()) {
                for (SgRule rule : SecurityGroupRules.ofGroup(module, group, direction)) {
                    if (!reporter.inThisFile(rule.file())) continue;
                    String kind = direction == Direction.INGRESS ? "an ingress" : "an egress";
                    if (!rule.existsUnknowns().isEmpty()) {
                        reporter.undecided(rule.where(), "whether " + group.address() + " keeps " + kind + " rule",
                                rule.existsUnknowns());
                        continue;
                    }
                    String what = rule.owner().equals(group.address())
                            ? group.address() + " keeps " + kind + " rule"
                            : rule.owner() + " adds " + kind + " rule to " + group.address();
                    reporter.report(rule.where(), what + "; the default group must admit nothing, so remove the rule "
                            + "and put the traffic on a dedicated security group");
                }
            }
        }
        for (ResourceInstance vpc : reporter.resources(module, "aws_vpc")) {
            References.Referrers defaults = References.referrers(module, vpc, "aws_default_security_group", "vpc_id");
            if (!defaults.isEmpty()) continue;
            if (!defaults.certainlyNone()) {
                reporter.undecided(vpc.block().header(), "whether an aws_default_security_group empties the default "
                        + "group of " + vpc.address(), defaults.unknownReasons());
                continue;
            }
            reporter.report(vpc.block().header(), vpc.address() + " has no aws_default_security_group, so AWS keeps "
                    + "its default group that admits all traffic between members and all egress; declare one with "
                    + "vpc_id = " + vpc.address() + ".id and no rules");
        }
    }
}
