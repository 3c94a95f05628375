package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * Terraform's numeric functions. {@code pow} and {@code log} compute in double precision as Terraform does; the
 * others stay exact on decimals.
 */
final class NumericFunctions {
    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private NumericFunctions() {
    }

    static List<FunctionSpec> specs() {
        return List.of(
                FunctionSpec.of("abs", a -> Value.of(a.number(0).abs()), "num"),
                FunctionSpec.of("ceil", a -> Value.of(a.number(0).setScale(0, RoundingMode.CEILING)), "num"),
                FunctionSpec.of("floor", a -> Value.of(a.number(0).setScale(0, RoundingMode.FLOOR)), "num"),
                FunctionSpec.of("signum", a -> Value.of(a.number(0).signum()), "num"),
                FunctionSpec.of("max", a -> extreme(a, true), "numbers").repeatingLast(),
                FunctionSpec.of("min", a -> extreme(a, false), "numbers").repeatingLast(),
                FunctionSpec.of("pow", a -> fromDouble(a, Math.pow(a.number(0).doubleValue(), a.number(1).doubleValue())), "num", "power"),
                FunctionSpec.of("log", a -> fromDouble(a, Math.log(a.number(0).doubleValue()) / Math.log(a.number(1).doubleValue())), "num", "base"),
                FunctionSpec.of("parseint", NumericFunctions::parseInt, "number", "base"));
    }

    private static Value extreme(Arguments a, boolean max) {
        if (a.size() == 0) throw a.failed("must pass at least one number");
        BigDecimal best = a.number(0);
        for (int i = 1; i < a.size(); i++) {
            BigDecimal next = a.number(i);
            if (max ? next.compareTo(best) > 0 : next.compareTo(best) < 0) best = next;
        }
        return Value.of(best);
    }

    private static Value fromDouble(Arguments a, double result) {
        if (Double.isNaN(result) || Double.isInfinite(result)) {
            throw a.failed("the result is not a finite number (" + result + ")");
        }
        return Value.of(new BigDecimal(Double.toString(result)));
    }

    private static Value parseInt(Arguments a) {
        if (a.get(0).number().isPresent()) throw a.invalid(0, "string required, but have number");
        String text = a.string(0);
        int base = a.integer(1);
        if (base < 2 || base > 62) throw a.invalid(1, "base must be a whole number between 2 and 62 inclusive");
        String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        if (digits.isEmpty()) throw cannotParse(a, text, base);
        BigInteger result = BigInteger.ZERO;
        BigInteger radix = BigInteger.valueOf(base);
        for (char c : digits.toCharArray()) {
            int digit = base <= 36 ? DIGITS.indexOf(Character.toLowerCase(c)) : DIGITS.indexOf(c);
            if (digit < 0 || digit >= base) throw cannotParse(a, text, base);
            result = result.multiply(radix).add(BigInteger.valueOf(digit));
        }
        return Value.of(new BigDecimal(text.startsWith("-") ? result.negate() : result));
    }

    private static FunctionException cannotParse(Arguments a, String text, int base) {
        return a.invalid(0, "cannot parse \"" + text + "\" as a base " + base + " integer");
    }
}
