package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.hcl.Expression;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An ECR repository that no lifecycle policy of its module cleans up. */
public final class EcrWithoutLifecyclePolicy extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS239", "Repository keeps every image forever")
            .severity(Severity.LOW).category(Category.HYGIENE).format(Format.TERRAFORM).optIn()
            .description("An `aws_ecr_repository` for which no `aws_ecr_lifecycle_policy` in the same module names "
                    + "it, either by reference (`repository = aws_ecr_repository.api.name`) or by the same literal "
                    + "name. Opt-in: lifecycle policies are sometimes applied by a central team. When a lifecycle "
                    + "policy's `repository` is unknown, repositories it could cover are left undecided; "
                    + "--show-unknown names the unknown inputs.")
            .rationale("Every build pushes a new image and none is ever removed: storage cost grows without limit, "
                    + "and old images with known vulnerabilities stay available to anyone who can pull them.")
            .remediation("Add an `aws_ecr_lifecycle_policy` for the repository that expires untagged images after a "
                    + "few days and keeps only the last N release tags.")
            .reference("https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        Set<String> referenced = new HashSet<>();
        Set<String> names = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        for (ResourceInstance policy : module.resources("aws_ecr_lifecycle_policy")) {
            var attribute = policy.attribute("repository");
            if (attribute.isEmpty()) continue;
            Optional<String> target = repositoryReference(attribute.get().source().node().value());
            if (target.isPresent()) {
                referenced.add(target.get());
                continue;
            }
            Value v = attribute.get().value();
            if (v.isKnown()) v.string().ifPresent(names::add);
            else unknown.addAll(v.unknownReasons());
        }
        for (ResourceInstance repository : reporter.resources(module, "aws_ecr_repository")) {
            String label = repository.block().address();
            if (referenced.contains(label)) continue;
            Value name = repository.value("name");
            if (name.isKnown() && name.string().map(names::contains).orElse(false)) continue;
            List<String> open = new ArrayList<>(unknown);
            if (!name.isKnown() && !names.isEmpty()) open.addAll(name.unknownReasons());
            if (!open.isEmpty()) {
                reporter.undecided(repository.block().header(),
                        "whether a lifecycle policy covers " + label, open);
            } else {
                reporter.report(repository.block().header(), label + " has no aws_ecr_lifecycle_policy, so it keeps "
                        + "every image forever; add one that expires untagged and old images");
            }
        }
    }

    /**
     * The repository a reference such as {@code aws_ecr_repository.api.name} (or {@code aws_ecr_repository.api[0]
     * .name}) points to, as {@code aws_ecr_repository.api}; empty for any other expression.
     */
    private static Optional<String> repositoryReference(Expression expression) {
        Expression e = expression;
        String label = null;
        while (true) {
            if (e instanceof Expression.GetAttr g) {
                if (g.target() instanceof Expression.Variable v && v.name().equals("aws_ecr_repository")) {
                    label = g.name();
                }
                e = g.target();
            } else if (e instanceof Expression.Index i) {
                e = i.target();
            } else if (e instanceof Expression.Parenthesized p) {
                e = p.expression();
            } else {
                break;
            }
        }
        return label == null ? Optional.empty() : Optional.of("aws_ecr_repository." + label);
    }
}
