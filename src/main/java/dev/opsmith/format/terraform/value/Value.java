package dev.opsmith.format.terraform.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Terraform value as rules see it, from a plan or (later) from evaluating HCL. It is in one of four states:
 * <ul>
 *   <li><b>known</b>: a string, a number, a bool, null, a list (lists, tuples and sets alike, in order) or a map
 *   (maps and objects alike, in insertion order);</li>
 *   <li><b>unknown</b>: Terraform itself cannot tell before apply, or an input has no value; it carries the
 *   reasons, so a rule can say "could not be decided, because …" instead of guessing;</li>
 *   <li><b>error</b>: evaluation failed; it carries the message;</li>
 *   <li><b>absent</b>: navigation reached a key or index that is not there. Absent is not null: an attribute set
 *   to {@code null} and an attribute not written are different facts for some rules.</li>
 * </ul>
 * Every value may be marked <b>sensitive</b> (Terraform's {@code sensitive}); the mark is inherited by everything
 * reached from the value, and {@link #sensitiveStrings()} lists the texts a report must redact. A value may also
 * know its {@link Origin}.
 *
 * <p>Navigation never returns null and never throws, so rules read as paths:
 * {@code after.path("rule", 0, "apply_server_side_encryption_by_default", 0, "sse_algorithm").string()}.
 * Navigating into an unknown value answers the same unknown (same reasons); into an error, the same error.
 *
 * <p>Values are immutable. {@code equals} and {@code hashCode} compare content only (origin and the sensitive
 * mark are ignored; numbers compare by numeric value, so {@code 1} equals {@code 1.0}). {@code toString} is
 * readable and never shows sensitive content.
 */
public abstract sealed class Value
        permits StringValue, NumberValue, BoolValue, NullValue, ListValue, MapValue, UnknownValue, ErrorValue,
        AbsentValue {

    private final boolean sensitive;
    private final Origin origin;

    Value(boolean sensitive, Origin origin) {
        this.sensitive = sensitive;
        this.origin = origin;
    }

    // ---- construction ----

    public static Value of(String text) {
        return new StringValue(text, false, null);
    }

    public static Value of(BigDecimal number) {
        return new NumberValue(number, false, null);
    }

    public static Value of(long number) {
        return new NumberValue(BigDecimal.valueOf(number), false, null);
    }

    public static Value of(boolean bool) {
        return new BoolValue(bool, false, null);
    }

    public static Value nullValue() {
        return new NullValue(false, null);
    }

    /** A list, tuple or set; the items keep their order. */
    public static Value list(List<Value> items) {
        return new ListValue(items, false, null);
    }

    /** A map or object; the entries keep the iteration order of {@code entries}. */
    public static Value map(Map<String, Value> entries) {
        return new MapValue(entries, false, null);
    }

    /**
     * A value that cannot be known now. Each reason is a sentence a person understands, such as
     * {@code "aws_kms_key.logs.arn is known only after apply"} or {@code "var.bucket_name has no value"}.
     */
    public static Value unknown(String... reasons) {
        return new UnknownValue(List.of(reasons), false, null);
    }

    /** An unknown value whose reasons are those of all {@code parts}, without repeats, in order. */
    public static Value unknownFrom(Collection<Value> parts) {
        Set<String> reasons = new LinkedHashSet<>();
        boolean sensitive = false;
        for (Value part : parts) {
            reasons.addAll(part.unknownReasons());
            sensitive |= part.isSensitive();
        }
        return new UnknownValue(new ArrayList<>(reasons), sensitive, null);
    }

    public static Value error(String message) {
        return new ErrorValue(message, false, null);
    }

    /** What navigation answers for a key or index that is not there; {@code what} says which. */
    public static Value absent(String what) {
        return new AbsentValue(what, false, null);
    }

    // ---- marks ----

    public final boolean isSensitive() {
        return sensitive;
    }

    public final Optional<Origin> origin() {
        return Optional.ofNullable(origin);
    }

    /** This value marked sensitive (itself when it already is). */
    public final Value markSensitive() {
        return sensitive ? this : withMarks(true, origin);
    }

    /** This value with {@code origin} as where it was written. */
    public final Value withOrigin(Origin newOrigin) {
        return withMarks(sensitive, newOrigin);
    }

    abstract Value withMarks(boolean sensitive, Origin origin);

    /** A child as seen through this value: a sensitive parent makes every child sensitive. */
    final Value inherit(Value child) {
        return sensitive ? child.markSensitive() : child;
    }

    // ---- state ----

    /** True for a present, known value: string, number, bool, null, list or map. */
    public boolean isKnown() {
        return false;
    }

    public boolean isUnknown() {
        return false;
    }

    public boolean isError() {
        return false;
    }

    public boolean isAbsent() {
        return false;
    }

    /** True only for a known {@code null}; false for absent, unknown and error. */
    public boolean isNull() {
        return false;
    }

    public boolean isList() {
        return false;
    }

    public boolean isMap() {
        return false;
    }

    /**
     * True when this value and everything under it are decided: no unknown and no error anywhere (absent counts
     * as decided, it is a fact that nothing is there).
     */
    public boolean isWhollyKnown() {
        return isKnown();
    }

    /**
     * Why this value, or anything under it, is unknown; empty when nothing is. A rule that could not decide
     * names these.
     */
    public List<String> unknownReasons() {
        Set<String> reasons = new LinkedHashSet<>();
        collectUnknownReasons(reasons);
        return List.copyOf(reasons);
    }

    void collectUnknownReasons(Set<String> into) {
    }

    // ---- navigation ----

    /** The value under {@code key} of a map; absent when there is no such key or this is not a map. */
    public Value get(String key) {
        return inherit(new AbsentValue("no key \"" + key + "\" in " + describe(), false, origin));
    }

    /** The item at {@code index} of a list; absent when out of range or this is not a list. */
    public Value get(int index) {
        return inherit(new AbsentValue("no index " + index + " in " + describe(), false, origin));
    }

    /** Follows keys (strings) and indexes (integers) in turn. */
    public final Value path(Object... steps) {
        Value value = this;
        for (Object step : steps) {
            value = step instanceof Integer index ? value.get(index) : value.get(String.valueOf(step));
        }
        return value;
    }

    /** The items of a list (each sensitive when this list is); empty for anything else. */
    public List<Value> items() {
        return List.of();
    }

    /** The entries of a map in order (each sensitive when this map is); empty for anything else. */
    public Map<String, Value> entries() {
        return Map.of();
    }

    // ---- scalars ----

    public Optional<String> string() {
        return Optional.empty();
    }

    public Optional<BigDecimal> number() {
        return Optional.empty();
    }

    public Optional<Boolean> bool() {
        return Optional.empty();
    }

    /**
     * The number this value stands for where Terraform expects one: a known number, or a string that converts to
     * one ({@code "30"}, as variables set on the command line and many modules write them); empty otherwise.
     */
    public final Optional<BigDecimal> asNumber() {
        Optional<BigDecimal> n = number();
        if (n.isPresent()) return n;
        Optional<String> text = string();
        if (text.isEmpty()) return Optional.empty();
        try {
            return Optional.of(new BigDecimal(text.get().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True only for a known {@code true}: unknown, absent, error and null are not true. */
    public final boolean isTrue() {
        return bool().orElse(false);
    }

    /** True only for a known {@code false}: unknown, absent, error and null are not false. */
    public final boolean isFalse() {
        return !bool().orElse(true);
    }

    // ---- redaction ----

    /**
     * Every string under this value that is sensitive, either marked itself or under a sensitive parent, in
     * order and without repeats. Reporters redact these texts wherever they would print them. Numbers and bools
     * are not listed: redacting every {@code 0} or {@code true} in a report would hide more than it protects.
     */
    public final Set<String> sensitiveStrings() {
        Set<String> into = new LinkedHashSet<>();
        collectSensitiveStrings(false, into);
        return into;
    }

    void collectSensitiveStrings(boolean underSensitive, Set<String> into) {
    }

    /** A short description for messages: the kind of value, never its sensitive content. */
    abstract String describe();

    /** The content as text, for {@link #toString()}; only called when the value is not sensitive. */
    abstract String render();

    @Override
    public final String toString() {
        return sensitive ? "(sensitive " + describe() + ")" : render();
    }
}
