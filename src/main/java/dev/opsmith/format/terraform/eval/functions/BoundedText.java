package dev.opsmith.format.terraform.eval.functions;

/**
 * Text for Java's regex engine that gives up after a fixed number of character reads. RE2 (Terraform's engine)
 * runs in linear time, but Java backtracks, so a pattern such as {@code (a+)+b} on a long input could take
 * practically forever; a scan must not hang on a hostile or unlucky configuration, so matching stops with an
 * error instead.
 */
final class BoundedText implements CharSequence {
    /** Generous for any realistic pattern and input: linear work on a megabyte of text stays well below it. */
    static final long DEFAULT_BUDGET = 50_000_000L;

    /** The budget ran out; the caller turns this into an error value. */
    static final class TooSlow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooSlow() {
            super("regular expression matching took too long", null, false, false);
        }
    }

    private final String text;
    private final long[] budget;

    BoundedText(String text, long budget) {
        this(text, new long[] {budget});
    }

    private BoundedText(String text, long[] budget) {
        this.text = text;
        this.budget = budget;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        if (--budget[0] < 0) throw new TooSlow();
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BoundedText(text.substring(start, end), budget);
    }

    @Override
    public String toString() {
        return text;
    }
}
