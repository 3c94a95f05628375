package dev.opsmith.rules.terraform;

import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.PolicyDocument;
import dev.opsmith.rules.terraform.support.PolicyDocuments;
import dev.opsmith.rules.terraform.support.PolicyRead;
import dev.opsmith.rules.terraform.support.PolicyStatement;
import dev.opsmith.rules.terraform.support.RestrictingConditions;
import dev.opsmith.rules.terraform.support.Tri;

import java.util.Set;
import java.util.function.Consumer;

/**
 * How the SQS and SNS policy rules walk policies: the {@code policy} of the queues and topics (v3 inline) and of
 * their split policy resources (v4+), in any form {@link PolicyDocuments} reads. A policy built by a
 * {@code data "aws_iam_policy_document"} is judged through the resource that uses it, and its statements are
 * reported in the file that declares the data source. An unknown policy is left undecided at the attribute.
 */
final class QueueTopicPolicies {

    static final Set<String> QUEUES = Set.of("aws_sqs_queue", "aws_sqs_queue_policy");
    static final Set<String> TOPICS = Set.of("aws_sns_topic", "aws_sns_topic_policy");

    private QueueTopicPolicies() {
    }

    static void forEach(EvaluatedModule module, TerraformRule.Reporter reporter, Set<String> types, String question,
                        Consumer<PolicyDocument> judge) {
        for (PolicyDocuments.Source source : PolicyDocuments.sources(module, PolicyDocuments.Kind.RESOURCE)) {
            if (!types.contains(source.owner().type())) continue;
            if (!source.owner().block().type().equals("resource")) continue;
            boolean here = reporter.inThisFile(source.attribute());
            PolicyRead read = PolicyDocuments.read(module, source);
            if (read.state() == PolicyRead.State.UNKNOWN && here) {
                reporter.undecided(read.span(), question + " (" + source.name() + ")", read.unknownReasons());
            }
            read.document().filter(d -> here || d.form() == PolicyDocument.Form.DATA_SOURCE).ifPresent(judge);
        }
    }

    /** Whether a statement allows everyone: {@code Allow}, a wildcard principal, and no narrowing condition. */
    static Tri allowsEveryone(PolicyStatement s) {
        return s.isAllow().and(s.principals().isWildcard()).and(RestrictingConditions.narrowsPrincipal(s).not());
    }

    /** Reports every statement that allows everyone; undecided where that depends on unknown values. */
    static void judgePublic(PolicyDocument doc, TerraformRule.Reporter reporter, String what) {
        boolean found = false;
        for (PolicyStatement s : doc.statements()) {
            Tri open = allowsEveryone(s);
            found |= open.isYes();
            IamPolicyScan.decide(reporter, s, open, s.principals().span(),
                    doc.name() + " allows everyone (Principal \"*\") to use the " + what + " without a condition "
                            + "that limits the callers; name the principals, or add aws:SourceArn, "
                            + "aws:SourceAccount or aws:PrincipalOrgID",
                    "whether " + doc.name() + " allows everyone");
        }
        if (!found) IamPolicyScan.undecidedRest(reporter, doc, "whether " + doc.name() + " allows everyone");
    }
}
