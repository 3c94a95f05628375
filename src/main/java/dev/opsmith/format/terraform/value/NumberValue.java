package dev.opsmith.format.terraform.value;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** A known number. Terraform numbers are arbitrary-precision decimals, so this keeps a {@link BigDecimal}. */
public final class NumberValue extends Value {
    private final BigDecimal number;

    NumberValue(BigDecimal number, boolean sensitive, Origin origin) {
        super(sensitive, origin);
        this.number = Objects.requireNonNull(number, "number");
    }

    @Override
    Value withMarks(boolean sensitive, Origin origin) {
        return new NumberValue(number, sensitive, origin);
    }

    @Override
    public boolean isKnown() {
        return true;
    }

    @Override
    public Optional<BigDecimal> number() {
        return Optional.of(number);
    }

    @Override
    String describe() {
        return "a number";
    }

    @Override
    String render() {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumberValue other && number.compareTo(other.number) == 0;
    }

    @Override
    public int hashCode() {
        return number.signum() == 0 ? 0 : number.stripTrailingZeros().hashCode();
    }
}
