package dev.opsmith.rules.terraform.support;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;

import java.util.List;
import java.util.Optional;

/**
 * An IAM-style policy as rules judge it, whatever way it was written (see {@link PolicyDocuments}).
 *
 * @param name                    what to call the document in a message: the resource and attribute
 *                                ({@code aws_iam_policy.deploy policy}) or the data source address
 * @param form                    how it was written
 * @param file                    the file its spans point into
 * @param span                    where the document is written (the attribute value, or the data block header)
 * @param version                 {@code Version}; empty when not written ({@code aws_iam_policy_document} always
 *                                writes one)
 * @param statements              the statements that could be read, in order
 * @param statementUnknownReasons non-empty when some statements cannot be read (the list or an item is unknown):
 *                                a rule that finds nothing in {@code statements} is then undecided
 */
public record PolicyDocument(String name, Form form, SourceFile file, Span span, Optional<PolicyString> version,
                             List<PolicyStatement> statements, List<String> statementUnknownReasons) {

    /** The ways Terraform configurations write a policy. */
    public enum Form {
        /** {@code jsonencode({...})}: an HCL object, spans exact. */
        JSONENCODE,
        /** A JSON string: heredoc, quoted, {@code file()} or {@code templatefile()}. */
        JSON_STRING,
        /** {@code data "aws_iam_policy_document"}: statement blocks, spans exact. */
        DATA_SOURCE
    }

    public PolicyDocument {
        statements = List.copyOf(statements);
        statementUnknownReasons = List.copyOf(statementUnknownReasons);
    }

    /** Whether some statement names a principal: resource and trust policies do, identity policies do not. */
    public boolean hasPrincipals() {
        return statements.stream().anyMatch(s -> s.principals().written() || s.notPrincipals().written());
    }
}
