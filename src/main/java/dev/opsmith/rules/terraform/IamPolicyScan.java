package dev.opsmith.rules.terraform;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.PolicyDocument;
import dev.opsmith.rules.terraform.support.PolicyDocuments;
import dev.opsmith.rules.terraform.support.PolicyRead;
import dev.opsmith.rules.terraform.support.PolicyStatement;
import dev.opsmith.rules.terraform.support.Tri;

import java.util.ArrayList;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How the IAM policy rules walk the policies of the scanned file: every policy attribute of the wanted kinds written
 * in the file, and every {@code data "aws_iam_policy_document"} declared in it (a data source that feeds nothing is
 * judged too, since modules export documents). A data source reached through an attribute is judged where it is
 * declared, once, whatever attributes it reaches. An unknown policy is left undecided at the attribute.
 */
final class IamPolicyScan {

    /** Which data documents a rule judges, by the shape of their statements. */
    enum DataShape {
        /** Documents without principals: identity policies. */
        IDENTITY,
        /** Documents with principals: trust and resource policies. */
        WITH_PRINCIPALS,
        ALL,
        /** No data documents (a rule about what the provider writes for them anyway). */
        NONE
    }

    private IamPolicyScan() {
    }

    static void forEach(EvaluatedModule module, TerraformRule.Reporter reporter, Set<PolicyDocuments.Kind> kinds,
                        DataShape dataShape, String question, Consumer<PolicyDocument> judge) {
        for (PolicyDocuments.Source source : PolicyDocuments.sources(module,
                kinds.toArray(PolicyDocuments.Kind[]::new))) {
            if (!reporter.inThisFile(source.attribute())) continue;
            PolicyRead read = PolicyDocuments.read(module, source);
            if (read.state() == PolicyRead.State.UNKNOWN) {
                reporter.undecided(read.span(), question + " (" + source.name() + ")", read.unknownReasons());
            }
            read.document().filter(d -> d.form() != PolicyDocument.Form.DATA_SOURCE).ifPresent(judge);
        }
        for (ResourceInstance data : PolicyDocuments.dataDocuments(module)) {
            if (!reporter.inThisFile(data.block().file())) continue;
            PolicyDocuments.readData(module, data).document().filter(d -> switch (dataShape) {
                case IDENTITY -> !d.hasPrincipals();
                case WITH_PRINCIPALS -> d.hasPrincipals();
                case ALL -> true;
                case NONE -> false;
            }).ifPresent(judge);
        }
    }

    /**
     * Reports a statement's finding when the statement is written in the scanned file (a statement merged from a
     * document in another file is reported there), or leaves it undecided.
     */
    static void decide(TerraformRule.Reporter reporter, PolicyStatement statement, Tri answer, Span at,
                       String message, String question) {
        if (!reporter.inThisFile(statement.file())) return;
        if (answer.isYes()) reporter.report(at, message);
        else if (answer.isUnknown()) reporter.undecided(statement.span(), question, answer.unknownReasons());
    }

    /** Whether some statements could not be read: a rule that found nothing is then undecided about them. */
    static void undecidedRest(TerraformRule.Reporter reporter, PolicyDocument doc, String question) {
        if (!doc.statementUnknownReasons().isEmpty() && reporter.inThisFile(doc.file())) {
            reporter.undecided(doc.span(), question, new ArrayList<>(doc.statementUnknownReasons()));
        }
    }

    static final Set<PolicyDocuments.Kind> IDENTITY = Set.of(PolicyDocuments.Kind.IDENTITY);
    static final Set<PolicyDocuments.Kind> TRUST = Set.of(PolicyDocuments.Kind.TRUST);
    static final Set<PolicyDocuments.Kind> ANY = Set.of(PolicyDocuments.Kind.values());

}
