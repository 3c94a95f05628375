package dev.opsmith.format.terraform.eval.functions;

/**
 * A wrong call detected inside a function implementation. It never leaves this package: {@link Functions#call}
 * turns it into an error value, so the evaluator sees a value, not an exception.
 */
final class FunctionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FunctionException(String message) {
        super(message, null, false, false);
    }
}
