package dev.opsmith.rules.terraform;

import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.PolicyDocument;
import dev.opsmith.rules.terraform.support.PolicyDocuments;
import dev.opsmith.rules.terraform.support.PolicyRead;
import dev.opsmith.rules.terraform.support.PolicyStatement;

import java.util.Set;

/**
 * Walks the key policies written in the scanned file ({@code aws_kms_key.policy} and {@code aws_kms_key_policy.policy},
 * in every form {@link PolicyDocuments} reads) and hands each statement to a key-policy rule; a policy or statement
 * list that cannot be read is left undecided.
 */
final class KmsKeyPolicies {

    private static final Set<String> TYPES = Set.of("aws_kms_key", "aws_kms_key_policy");

    /** What a key-policy rule does with one statement of one policy. */
    interface StatementCheck {
        void check(PolicyDocuments.Source source, PolicyStatement statement, String question);
    }

    private KmsKeyPolicies() {
    }

    static void forEachStatement(EvaluatedModule module, TerraformRule.Reporter reporter, String questionPrefix,
                                 StatementCheck check) {
        for (PolicyDocuments.Source source : PolicyDocuments.sources(module, PolicyDocuments.Kind.RESOURCE)) {
            if (!TYPES.contains(source.owner().type())) continue;
            if (!reporter.inThisFile(source.attribute())) continue;
            String question = questionPrefix + " " + source.name();
            PolicyRead read = PolicyDocuments.read(module, source);
            if (read.state() == PolicyRead.State.UNKNOWN) {
                reporter.undecided(source.attribute().source().node().span(), question, read.unknownReasons());
                continue;
            }
            if (read.document().isEmpty()) continue;
            PolicyDocument document = read.document().get();
            for (PolicyStatement statement : document.statements()) {
                if (reporter.inThisFile(statement.file())) check.check(source, statement, question);
            }
            if (!document.statementUnknownReasons().isEmpty() && reporter.inThisFile(document.file())) {
                reporter.undecided(document.span(), question, document.statementUnknownReasons());
            }
        }
    }
}
