package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.Optional;

/** A security group that does not say what it is for. */
public final class SecurityGroupWithoutDescription extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS118", "Security group has no description")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.TERRAFORM).optIn()
            .description("An `aws_security_group` whose `description` is absent (the provider then writes \"Managed "
                    + "by Terraform\"), empty, or that same placeholder. When the value is unknown, nothing is "
                    + "reported (--show-unknown names the unknown input).")
            .rationale("The description is the only text attached to a group in the console, in flow-log tooling "
                    + "and in audit exports; reviewers of the network boundary need it to tell what each group "
                    + "protects. It cannot be changed without replacing the group, so it has to be right at "
                    + "creation.")
            .remediation("Set `description` to what the group protects, for example \"Payments API tasks\".")
            .reference("https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group")
            .equivalent("trivy", "AVD-AWS-0099")
            .equivalent("tfsec", "aws-ec2-add-description-to-security-group")
            .build();

    /** What the provider writes when no description is given. */
    private static final String PLACEHOLDER = "Managed by Terraform";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance sg : reporter.resources(module, "aws_security_group")) {
            String name = sg.address();
            Optional<EvaluatedAttribute> a = sg.attribute("description");
            Value v = a.map(EvaluatedAttribute::value).orElse(Value.absent("description"));
            if (a.isPresent() && !reporter.inThisFile(a.get())) continue;
            if (!v.isKnown() && !v.isAbsent()) {
                reporter.undecided(a.get().source().node().span(), "whether " + name + " has a description",
                        v.unknownReasons());
            } else if (v.string().map(s -> s.isBlank() || s.strip().equals(PLACEHOLDER)).orElse(true)) {
                reporter.report(a.filter(x -> !v.isNull()).map(x -> x.source().node().span())
                                .orElse(sg.block().header()),
                        name + " has no description, so AWS shows \"Managed by Terraform\"; say what the group "
                                + "protects");
            }
        }
    }
}
