package dev.opsmith.format.terraform.eval;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.module.Located;

import java.util.List;

/**
 * Something Terraform would reject while evaluating a module: a reference cycle, an input of the wrong type, an
 * expression that fails. {@code where} is the place to fix; {@code related} are other places involved (the other
 * members of a cycle).
 */
public record EvaluationProblem(String message, Located<Span> where, List<Located<Span>> related) {

    public EvaluationProblem {
        related = List.copyOf(related);
    }

    @Override
    public String toString() {
        return where.file().relativePath() + ":" + where.node().line() + ":" + where.node().column() + ": " + message;
    }
}
