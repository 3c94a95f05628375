package dev.opsmith.format.terraform.hcl;

/** The prefix operators, which bind tighter than any binary operator. */
public enum UnaryOperator {
    NEGATE("-"),
    NOT("!");

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
