package dev.opsmith.release.bump;

/**
 * A build file cannot be read or edited safely. The message is {@code file:line: what is wrong; what to do}, ready to
 * show to a user as is.
 */
public final class BumpException extends Exception {
    private static final long serialVersionUID = 1L;

    public BumpException(String message) {
        super(message);
    }

    public BumpException(String message, Throwable cause) {
        super(message, cause);
    }
}
