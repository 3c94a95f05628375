package dev.opsmith.rules.kubernetes;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes resource quantity ({@code 100m}, {@code 0.5}, {@code 128Mi}, {@code 1G}, {@code 1e3}) read as an
 * exact number, so that {@code 1} and {@code 1000m}, or {@code 1Gi} and {@code 1024Mi}, compare equal.
 */
final class Quantity {
    /** Sign and number, then a binary suffix, a decimal SI suffix, or a decimal exponent (as the API accepts). */
    private static final Pattern FORM = Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))(.*)");
    private static final Pattern EXPONENT = Pattern.compile("[eE]([+-]?\\d+)");
    private static final BigDecimal KI = BigDecimal.valueOf(1024);
    private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
            Map.entry("", BigDecimal.ONE),
            Map.entry("n", new BigDecimal("1e-9")), Map.entry("u", new BigDecimal("1e-6")),
            Map.entry("m", new BigDecimal("1e-3")), Map.entry("k", new BigDecimal("1e3")),
            Map.entry("M", new BigDecimal("1e6")), Map.entry("G", new BigDecimal("1e9")),
            Map.entry("T", new BigDecimal("1e12")), Map.entry("P", new BigDecimal("1e15")),
            Map.entry("E", new BigDecimal("1e18")),
            Map.entry("Ki", KI), Map.entry("Mi", KI.pow(2)), Map.entry("Gi", KI.pow(3)), Map.entry("Ti", KI.pow(4)),
            Map.entry("Pi", KI.pow(5)), Map.entry("Ei", KI.pow(6)));

    private Quantity() {
    }

    /** The value of a quantity in base units (cores, bytes); empty when the text is not a valid quantity. */
    static Optional<BigDecimal> parse(String text) {
        if (text == null) return Optional.empty();
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        BigDecimal number = new BigDecimal(m.group(1).endsWith(".") ? m.group(1) + "0" : m.group(1));
        String suffix = m.group(2);
        BigDecimal factor = SUFFIXES.get(suffix);
        if (factor != null) return Optional.of(number.multiply(factor));
        Matcher exponent = EXPONENT.matcher(suffix);
        if (!exponent.matches() || exponent.group(1).length() > 4) return Optional.empty();
        return Optional.of(number.scaleByPowerOfTen(Integer.parseInt(exponent.group(1))));
    }
}
