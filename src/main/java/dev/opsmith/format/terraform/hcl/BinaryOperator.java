package dev.opsmith.format.terraform.hcl;

/**
 * The binary operators with the precedence levels of the HCL native syntax specification:
 * higher levels bind tighter, and operators of one level associate to the left.
 */
public enum BinaryOperator {
    OR("||", 1),
    AND("&&", 2),
    EQUAL("==", 3),
    NOT_EQUAL("!=", 3),
    LESS("<", 4),
    GREATER(">", 4),
    LESS_OR_EQUAL("<=", 4),
    GREATER_OR_EQUAL(">=", 4),
    ADD("+", 5),
    SUBTRACT("-", 5),
    MULTIPLY("*", 6),
    DIVIDE("/", 6),
    MODULO("%", 6);

    /** The lowest and highest precedence levels. */
    static final int LOWEST = 1;
    static final int HIGHEST = 6;

    private final String symbol;
    private final int level;

    BinaryOperator(String symbol, int level) {
        this.symbol = symbol;
        this.level = level;
    }

    public String symbol() {
        return symbol;
    }

    /** 1 ({@code ||}) to 6 ({@code * / %}). */
    public int level() {
        return level;
    }
}
