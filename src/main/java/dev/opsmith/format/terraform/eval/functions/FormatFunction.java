package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code format} and {@code formatlist}: a printf-style template with Terraform's verbs ({@code %v %#v %t %s %q
 * %d %b %o %x %X %e %E %f %g %G %%}), the flags {@code + - # 0} and space, widths, precisions and explicit
 * argument indexes ({@code %[2]s}). Numbers follow Go's formatting of arbitrary-precision floats, so
 * {@code %g} of a whole million is {@code 1e+06} as in Terraform.
 */
final class FormatFunction {
    /**
     * Terraform answers an unknown string, not an error, when any argument of {@code format} is null (even one
     * that {@code %v} could print), so a plan shows "known after apply". The same here, with a reason.
     */
    private static final Value NULL_ARGUMENT = Value.unknown("format() has a null argument; Terraform leaves the result unknown");

    private FormatFunction() {
    }

    static Value format(Arguments a) {
        String template = a.string(0);
        if (a.get(0).isNull()) throw a.invalid(0, "argument must not be null");
        for (Value arg : a.from(1)) {
            if (arg.isNull()) return NULL_ARGUMENT;
        }
        return Value.of(render(a, template, a.from(1)));
    }

    static Value formatList(Arguments a) {
        if (a.get(0).isNull()) throw a.invalid(0, "argument must not be null");
        String template = a.string(0);
        List<Value> args = a.from(1);
        int length = -1;
        int lengthFrom = -1;
        for (int i = 0; i < args.size(); i++) {
            Value arg = args.get(i);
            if (!arg.isList()) continue;
            int size = arg.items().size();
            if (length >= 0 && size != length) {
                throw a.failed("argument " + (i + 1) + " has length " + size + ", which is inconsistent with argument "
                        + (lengthFrom + 1) + " of length " + length);
            }
            length = size;
            lengthFrom = i;
        }
        if (length < 0) length = 1;
        List<Value> out = new ArrayList<>();
        for (int row = 0; row < length; row++) {
            List<Value> rowArgs = new ArrayList<>();
            for (Value arg : args) rowArgs.add(arg.isList() ? arg.items().get(row) : arg);
            out.add(Value.of(render(a, template, rowArgs)));
        }
        return Value.list(out);
    }

    private static String render(Arguments a, String template, List<Value> args) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= template.length()) throw a.failed("unrecognized format character '%' at offset " + start);
            if (template.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            Spec spec = new Spec();
            while (i < template.length() && "+-# 0".indexOf(template.charAt(i)) >= 0) {
                spec.flag(template.charAt(i));
                i++;
            }
            if (i < template.length() && template.charAt(i) == '[') {
                int close = template.indexOf(']', i);
                if (close < 0 || !template.substring(i + 1, close).matches("\\d+")) {
                    throw a.failed("invalid argument index at offset " + i);
                }
                next = Integer.parseInt(template.substring(i + 1, close)) - 1;
                i = close + 1;
            }
            int widthStart = i;
            while (i < template.length() && Character.isDigit(template.charAt(i))) i++;
            if (i > widthStart) spec.width = Integer.parseInt(template.substring(widthStart, i));
            if (i < template.length() && template.charAt(i) == '.') {
                i++;
                int precisionStart = i;
                while (i < template.length() && Character.isDigit(template.charAt(i))) i++;
                spec.precision = i > precisionStart ? Integer.parseInt(template.substring(precisionStart, i)) : 0;
            }
            if (i >= template.length()) throw a.failed("unterminated format verb at offset " + start);
            char verb = template.charAt(i);
            i++;
            if (next < 0 || next >= args.size()) {
                throw a.failed("not enough arguments for \"%" + verb + "\" at " + start + ": need index " + (next + 1)
                        + " but have " + args.size() + " total");
            }
            Value arg = args.get(next);
            out.append(verb(a, spec, verb, arg, start));
            next++;
        }
        return out.toString();
    }

    private static String verb(Arguments a, Spec spec, char verb, Value arg, int offset) {
        String where = "\"%" + verb + "\" at " + offset;
        switch (verb) {
            case 'v' -> {
                if (spec.sharp) return spec.pad(JsonCodec.encode(arg));
                if (arg.isNull()) return spec.pad("null");
                if (arg.isList() || arg.isMap()) return spec.pad(JsonCodec.encode(arg));
                if (arg.number().isPresent()) return spec.pad(general(arg.number().get(), -1, false, spec));
                return spec.pad(Conversions.asString(arg).orElseThrow());
            }
            case 't' -> {
                Optional<Boolean> bool = Conversions.asBool(arg);
                if (arg.isNull() || bool.isEmpty()) throw a.failed("unsupported value for " + where + ": bool required");
                return spec.pad(bool.get().toString());
            }
            case 's', 'q' -> {
                if (arg.isNull()) throw a.failed("unsupported value for " + where + ": null value cannot be formatted");
                String text = Conversions.asString(arg).orElseThrow(
                        () -> a.failed("unsupported value for " + where + ": string required"));
                if (spec.precision >= 0) {
                    List<String> graphemes = StringFunctions.graphemes(text);
                    text = String.join("", graphemes.subList(0, Math.min(spec.precision, graphemes.size())));
                }
                if (verb == 'q') {
                    StringBuilder quoted = new StringBuilder();
                    JsonCodec.quote(text, quoted);
                    text = quoted.toString();
                }
                return spec.pad(text);
            }
            case 'd', 'b', 'o', 'x', 'X', 'e', 'E', 'f', 'g', 'G' -> {
                if (arg.isNull()) throw a.failed("unsupported value for " + where + ": null value cannot be formatted");
                BigDecimal number = Conversions.asNumber(arg).orElseThrow(
                        () -> a.failed("unsupported value for " + where + ": number required"));
                return spec.padNumber(numberVerb(a, spec, verb, number, where));
            }
            default -> throw a.failed("unsupported format verb '" + verb + "' at offset " + offset);
        }
    }

    private static String numberVerb(Arguments a, Spec spec, char verb, BigDecimal number, String where) {
        String sign = number.signum() < 0 ? "-" : spec.plus ? "+" : spec.space ? " " : "";
        BigDecimal magnitude = number.abs();
        switch (verb) {
            case 'd', 'b', 'o', 'x', 'X' -> {
                BigInteger whole;
                try {
                    whole = magnitude.toBigIntegerExact();
                } catch (ArithmeticException e) {
                    throw a.failed("unsupported value for " + where + ": an integer is required");
                }
                int radix = verb == 'd' ? 10 : verb == 'b' ? 2 : verb == 'o' ? 8 : 16;
                String digits = whole.toString(radix);
                if (verb == 'X') digits = digits.toUpperCase();
                String prefix = !spec.sharp ? "" : verb == 'x' ? "0x" : verb == 'X' ? "0X" : verb == 'o' ? "0" : verb == 'b' ? "0b" : "";
                if (spec.precision >= 0 && digits.length() < spec.precision) {
                    digits = "0".repeat(spec.precision - digits.length()) + digits;
                }
                return sign + "\u0000" + prefix + digits;
            }
            case 'e', 'E' -> {
                String text = scientific(magnitude, spec.precision < 0 ? 6 : spec.precision);
                return sign + "\u0000" + (verb == 'E' ? text.toUpperCase() : text);
            }
            case 'f' -> {
                int precision = spec.precision < 0 ? 6 : spec.precision;
                return sign + "\u0000" + magnitude.setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
            }
            default -> {
                String text = general(magnitude, spec.precision, spec.sharp, spec);
                return sign + "\u0000" + (verb == 'G' ? text.toUpperCase() : text);
            }
        }
    }

    /** Go's %e: one digit, a point, {@code precision} digits, and an exponent of at least two digits. */
    static String scientific(BigDecimal magnitude, int precision) {
        if (magnitude.signum() == 0) {
            return "0" + (precision > 0 ? "." + "0".repeat(precision) : "") + "e+00";
        }
        BigDecimal rounded = magnitude.round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        String digits = rounded.unscaledValue().toString();
        digits = digits.length() < precision + 1 ? digits + "0".repeat(precision + 1 - digits.length()) : digits.substring(0, precision + 1);
        String mantissa = digits.charAt(0) + (precision > 0 ? "." + digits.substring(1) : "");
        return mantissa + exponentText(exponent);
    }

    private static String exponentText(int exponent) {
        String abs = Integer.toString(Math.abs(exponent));
        return "e" + (exponent < 0 ? "-" : "+") + (abs.length() < 2 ? "0" + abs : abs);
    }

    /** Go's %g: the shortest form (or {@code precision} significant digits), in %e form for large or tiny exponents. */
    static String general(BigDecimal number, int precision, boolean sharp, Spec spec) {
        String sign = number.signum() < 0 ? "-" : "";
        BigDecimal magnitude = number.abs();
        if (magnitude.signum() == 0) return sign + "0";
        BigDecimal digitsValue = precision < 0 ? magnitude.stripTrailingZeros()
                : magnitude.round(new MathContext(Math.max(1, precision), RoundingMode.HALF_EVEN)).stripTrailingZeros();
        String digits = digitsValue.unscaledValue().toString();
        int exponent = digitsValue.precision() - digitsValue.scale() - 1;
        int eprec = precision < 0 ? 6 : Math.max(1, precision);
        if (precision >= 0 && eprec > digits.length() && digits.length() >= exponent + 1) eprec = digits.length();
        if (exponent < -4 || exponent >= eprec) {
            String mantissa = digits.charAt(0) + (digits.length() > 1 ? "." + digits.substring(1) : "");
            return sign + mantissa + exponentText(exponent);
        }
        return sign + digitsValue.toPlainString();
    }

    /** Flags, width and precision of one verb. */
    static final class Spec {
        boolean plus;
        boolean minus;
        boolean sharp;
        boolean space;
        boolean zero;
        int width = -1;
        int precision = -1;

        void flag(char c) {
            switch (c) {
                case '+' -> plus = true;
                case '-' -> minus = true;
                case '#' -> sharp = true;
                case ' ' -> space = true;
                default -> zero = true;
            }
        }

        String pad(String text) {
            int length = text.codePointCount(0, text.length());
            if (width <= length) return text;
            String fill = " ".repeat(width - length);
            return minus ? text + fill : fill + text;
        }

        /** Pads a number whose sign and digits are separated by a NUL marker, so zero padding goes between them. */
        String padNumber(String signAndDigits) {
            int split = signAndDigits.indexOf('\u0000');
            String sign = signAndDigits.substring(0, split);
            String digits = signAndDigits.substring(split + 1);
            int length = sign.length() + digits.length();
            if (width <= length) return sign + digits;
            if (minus) return sign + digits + " ".repeat(width - length);
            if (zero) return sign + "0".repeat(width - length) + digits;
            return " ".repeat(width - length) + sign + digits;
        }
    }
}
