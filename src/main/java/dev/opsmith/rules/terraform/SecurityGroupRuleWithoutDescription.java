package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.SecurityGroupRules;
import dev.opsmith.rules.terraform.support.SecurityGroupRules.Direction;
import dev.opsmith.rules.terraform.support.SecurityGroupRules.SgRule;

/** A security-group rule that does not say why it exists. */
public final class SecurityGroupRuleWithoutDescription extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS119", "Security group rule has no description")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.TERRAFORM).optIn()
            .description("An ingress or egress rule without a non-empty `description`, in any of the four ways "
                    + "Terraform writes one (inline blocks of `aws_security_group` and `aws_default_security_group`, "
                    + "`aws_security_group_rule`, `aws_vpc_security_group_ingress_rule` and `..._egress_rule`). "
                    + "When the description is unknown, nothing is reported (--show-unknown names the unknown "
                    + "input).")
            .rationale("Firewall reviews (PCI DSS asks for them every six months) need to know what each opening is "
                    + "for; the description is what the console, the flow-log analysis and the next reviewer see.")
            .remediation("Give every rule a `description` naming the service and the reason, for example "
                    + "\"HTTPS from the partner API gateway\".")
            .reference("https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html")
            .equivalent("checkov", "CKV_AWS_23")
            .equivalent("trivy", "AVD-AWS-0124")
            .equivalent("tfsec", "aws-ec2-add-description-to-security-group-rule")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (Direction direction : Direction.values()) {
            for (SgRule rule : SecurityGroupRules.of(module, direction)) {
                if (!reporter.inThisFile(rule.file())) continue;
                Value d = rule.description();
                String kind = direction == Direction.INGRESS ? "an ingress" : "an egress";
                String question = "whether " + kind + " rule of " + rule.owner() + " has a description";
                if (!rule.existsUnknowns().isEmpty()) {
                    reporter.undecided(rule.where(), question, rule.existsUnknowns());
                } else if (!d.isKnown() && !d.isAbsent()) {
                    reporter.undecided(rule.where(), question, d.unknownReasons());
                } else if (d.string().map(String::isBlank).orElse(true)) {
                    reporter.report(rule.where(), rule.owner() + " has " + kind + " rule without a description; "
                            + "say which service it is for and why");
                }
            }
        }
    }
}
