package dev.opsmith.format.terraform.eval;

import dev.opsmith.format.terraform.hcl.BinaryOperator;
import dev.opsmith.format.terraform.hcl.UnaryOperator;
import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * The unary and binary operators with Terraform's rules: arithmetic and ordering convert their operands to numbers,
 * logic to bools, equality compares without conversion ({@code "1" == 1} is false); null operands are errors except
 * for equality; an unknown operand makes the result unknown, except where a known operand of {@code &&} or
 * {@code ||} already decides it.
 */
final class Operators {

    /** Terraform divides with 512 bits of precision; about 150 decimal digits keeps every digit it prints. */
    private static final MathContext DIVISION = new MathContext(160);

    private Operators() {
    }

    static Value unary(UnaryOperator operator, Value operand) {
        if (operand.isError() || operand.isUnknown()) return operand;
        Value result;
        if (operator == UnaryOperator.NEGATE) {
            Optional<BigDecimal> n = number(operand);
            result = n.isPresent() ? Value.of(n.get().negate())
                    : invalid("the operand of \"-\"", operand, "a number");
        } else {
            Optional<Boolean> b = bool(operand);
            result = b.isPresent() ? Value.of(!b.get()) : invalid("the operand of \"!\"", operand, "a bool");
        }
        return Conversions.carrySensitivity(result, operand);
    }

    static Value binary(BinaryOperator operator, Value left, Value right) {
        if (left.isError()) return left;
        if (right.isError()) return right;
        Value result = switch (operator) {
            case EQUAL, NOT_EQUAL -> equality(operator == BinaryOperator.EQUAL, left, right);
            case AND, OR -> logic(operator == BinaryOperator.AND, left, right);
            default -> numeric(operator, left, right);
        };
        return Conversions.carrySensitivity(result, left, right);
    }

    private static Value equality(boolean equal, Value left, Value right) {
        if (!left.isWhollyKnown() || !right.isWhollyKnown()) {
            return Conversions.unknownOf(java.util.List.of(left, right));
        }
        return Value.of(left.equals(right) == equal);
    }

    private static Value logic(boolean and, Value left, Value right) {
        Optional<Boolean> l = left.isUnknown() ? Optional.empty() : bool(left);
        Optional<Boolean> r = right.isUnknown() ? Optional.empty() : bool(right);
        if (!left.isUnknown() && l.isEmpty()) return invalid("the left operand of " + (and ? "&&" : "||"), left, "a bool");
        if (!right.isUnknown() && r.isEmpty()) return invalid("the right operand of " + (and ? "&&" : "||"), right, "a bool");
        // a known operand that decides the result makes the other one irrelevant, unknown or not
        if (l.isPresent() && l.get() != and) return Value.of(!and);
        if (r.isPresent() && r.get() != and) return Value.of(!and);
        if (l.isEmpty() || r.isEmpty()) return Conversions.unknownOf(java.util.List.of(left, right));
        return Value.of(and ? l.get() && r.get() : l.get() || r.get());
    }

    private static Value numeric(BinaryOperator operator, Value left, Value right) {
        Optional<BigDecimal> l = left.isUnknown() ? Optional.empty() : number(left);
        Optional<BigDecimal> r = right.isUnknown() ? Optional.empty() : number(right);
        String symbol = "\"" + operator.symbol() + "\"";
        if (!left.isUnknown() && l.isEmpty()) return invalid("the left operand of " + symbol, left, "a number");
        if (!right.isUnknown() && r.isEmpty()) return invalid("the right operand of " + symbol, right, "a number");
        if (l.isEmpty() || r.isEmpty()) return Conversions.unknownOf(java.util.List.of(left, right));
        BigDecimal a = l.get();
        BigDecimal b = r.get();
        return switch (operator) {
            case ADD -> Value.of(a.add(b));
            case SUBTRACT -> Value.of(a.subtract(b));
            case MULTIPLY -> Value.of(a.multiply(b));
            case DIVIDE -> b.signum() == 0
                    ? Value.error("Division by zero: Terraform answers infinity here, which no attribute accepts")
                    : Value.of(a.divide(b, DIVISION).stripTrailingZeros());
            case MODULO -> b.signum() == 0
                    ? Value.error("Modulo by zero: the right operand of \"%\" must not be 0")
                    : Value.of(a.remainder(b));
            case LESS -> Value.of(a.compareTo(b) < 0);
            case GREATER -> Value.of(a.compareTo(b) > 0);
            case LESS_OR_EQUAL -> Value.of(a.compareTo(b) <= 0);
            case GREATER_OR_EQUAL -> Value.of(a.compareTo(b) >= 0);
            default -> throw new IllegalStateException("not a numeric operator: " + operator);
        };
    }

    private static Optional<BigDecimal> number(Value v) {
        return v.isNull() ? Optional.empty() : v.asNumber();
    }

    private static Optional<Boolean> bool(Value v) {
        return v.isNull() ? Optional.empty() : Conversions.asBool(v);
    }

    private static Value invalid(String where, Value operand, String required) {
        if (operand.isNull()) return Value.error("Invalid operand: " + where + " is null; " + required + " is required");
        return Value.error("Invalid operand: " + where + " is " + article(Conversions.typeName(operand))
                + "; " + required + " is required");
    }

    private static String article(String type) {
        return (type.startsWith("o") || type.startsWith("u") || type.startsWith("a") || type.startsWith("e") ? "an " : "a ") + type;
    }
}
