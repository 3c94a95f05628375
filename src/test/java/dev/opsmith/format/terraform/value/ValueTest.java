package dev.opsmith.format.terraform.value;

import dev.opsmith.core.Span;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ValueTest {

    private static Map<String, Value> ordered(Object... keysAndValues) {
        Map<String, Value> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put((String) keysAndValues[i], (Value) keysAndValues[i + 1]);
        return map;
    }

    /** A bucket as a split S3 encryption resource plans it: the KMS key is known only after apply. */
    private static Value encryption() {
        return Value.map(ordered(
                "bucket", Value.of("payments-logs"),
                "expected_bucket_owner", Value.nullValue(),
                "rule", Value.list(List.of(Value.map(ordered(
                        "bucket_key_enabled", Value.of(true),
                        "apply_server_side_encryption_by_default", Value.list(List.of(Value.map(ordered(
                                "sse_algorithm", Value.of("aws:kms"),
                                "kms_master_key_id", Value.unknown("aws_kms_key.logs.arn is known only after apply")
                        ))))))))));
    }

    @Test
    void pathsThroughMapsAndLists() {
        Value sse = encryption().path("rule", 0, "apply_server_side_encryption_by_default", 0);
        assertThat(sse.get("sse_algorithm").string()).contains("aws:kms");
        assertThat(encryption().path("rule", 0, "bucket_key_enabled").isTrue()).isTrue();
        assertThat(encryption().get("rule").items()).hasSize(1);
        assertThat(encryption().entries().keySet()).containsExactly("bucket", "expected_bucket_owner", "rule");
    }

    @Test
    void aMissingKeyIsAbsentAndNotNull() {
        Value missing = encryption().get("versioning");
        assertThat(missing.isAbsent()).isTrue();
        assertThat(missing.isNull()).isFalse();
        assertThat(missing.isKnown()).isFalse();
        assertThat(missing.isUnknown()).isFalse();
        assertThat(((AbsentValue) missing).what()).isEqualTo("no key \"versioning\" in a map of 3");

        Value writtenNull = encryption().get("expected_bucket_owner");
        assertThat(writtenNull.isNull()).isTrue();
        assertThat(writtenNull.isKnown()).isTrue();
        assertThat(writtenNull.isAbsent()).isFalse();
    }

    @Test
    void absentStaysAbsentAndRemembersWhereThePathLeftTheData() {
        Value deep = encryption().path("rule", 3, "apply_server_side_encryption_by_default", 0, "sse_algorithm");
        assertThat(deep.isAbsent()).isTrue();
        assertThat(((AbsentValue) deep).what()).isEqualTo("no index 3 in a list of 1");
        assertThat(Value.of("text").get("key").isAbsent()).isTrue();
        assertThat(Value.of("text").get(0).isAbsent()).isTrue();
        assertThat(encryption().get(-1).isAbsent()).isTrue();
    }

    @Test
    void navigatingIntoUnknownGivesTheSameReasons() {
        Value unknown = Value.unknown("var.bucket_name has no value");
        Value deep = unknown.path("rule", 0, "sse_algorithm");
        assertThat(deep.isUnknown()).isTrue();
        assertThat(deep.unknownReasons()).containsExactly("var.bucket_name has no value");
        assertThat(deep.isTrue()).isFalse();
        assertThat(deep.isFalse()).isFalse();
        assertThat(deep.string()).isEmpty();
    }

    @Test
    void navigatingIntoAnErrorGivesTheError() {
        Value error = Value.error("Invalid function argument: cidrsubnet prefix 33 is too long");
        assertThat(error.path("a", 1).isError()).isTrue();
        assertThat(((ErrorValue) error.get("a")).message()).startsWith("Invalid function argument");
        assertThat(error.isKnown()).isFalse();
    }

    @Test
    void helpersAnswerOnlyForTheirKind() {
        assertThat(Value.of("x").string()).contains("x");
        assertThat(Value.of("x").number()).isEmpty();
        assertThat(Value.of(7).number()).contains(BigDecimal.valueOf(7));
        assertThat(Value.of(true).bool()).contains(true);
        assertThat(Value.of("true").bool()).isEmpty();
        assertThat(Value.nullValue().string()).isEmpty();
    }

    @Test
    void isTrueAndIsFalseAreFalseForAnythingUndecided() {
        assertThat(Value.of(true).isTrue()).isTrue();
        assertThat(Value.of(false).isFalse()).isTrue();
        assertThat(Value.of(false).isTrue()).isFalse();
        for (Value undecided : List.of(Value.unknown("r"), Value.error("e"), Value.absent("a"),
                Value.nullValue(), Value.of("false"))) {
            assertThat(undecided.isTrue()).as(undecided.toString()).isFalse();
            assertThat(undecided.isFalse()).as(undecided.toString()).isFalse();
        }
    }

    @Test
    void reasonsUnderAKnownCollectionAreCollectedInOrderWithoutRepeats() {
        Value value = Value.list(List.of(Value.unknown("b is known only after apply"), Value.of(1),
                Value.map(Map.of("x", Value.unknown("a is known only after apply", "b is known only after apply")))));
        assertThat(value.isKnown()).isTrue();
        assertThat(value.isWhollyKnown()).isFalse();
        assertThat(value.unknownReasons())
                .containsExactly("b is known only after apply", "a is known only after apply");
        assertThat(encryption().unknownReasons()).containsExactly("aws_kms_key.logs.arn is known only after apply");
    }

    @Test
    void anUnknownFromPartsJoinsTheirReasons() {
        Value joined = Value.unknownFrom(List.of(Value.unknown("var.a has no value"), Value.of("known"),
                Value.unknown("var.b has no value", "var.a has no value")));
        assertThat(((UnknownValue) joined).reasons()).containsExactly("var.a has no value", "var.b has no value");
    }

    @Test
    void whollyKnownMeansNoUnknownAndNoErrorAnywhere() {
        assertThat(Value.map(Map.of("a", Value.list(List.of(Value.of(1)))))
                .isWhollyKnown()).isTrue();
        assertThat(Value.list(List.of(Value.error("boom"))).isWhollyKnown()).isFalse();
        assertThat(Value.absent("nothing").isWhollyKnown()).isTrue();
        assertThat(Value.unknown("r").isWhollyKnown()).isFalse();
    }

    @Test
    void theMarkIsInheritedByEverythingReachedFromASensitiveValue() {
        Value secret = Value.map(ordered("user", Value.of("ledger"),
                "nested", Value.list(List.of(Value.of("pa55word"))))).markSensitive();
        assertThat(secret.get("user").isSensitive()).isTrue();
        assertThat(secret.path("nested", 0).isSensitive()).isTrue();
        assertThat(secret.get("missing").isSensitive()).isTrue();
        assertThat(secret.entries().values()).allMatch(Value::isSensitive);
        assertThat(secret.get("nested").items()).allMatch(Value::isSensitive);
    }

    @Test
    void sensitiveStringsListsMarkedTextsAndTextsUnderMarkedParents() {
        Value config = Value.map(ordered(
                "identifier", Value.of("payments-ledger"),
                "password", Value.of("Ledger-db-2026!").markSensitive(),
                "port", Value.of(5432).markSensitive(),
                "credentials", Value.map(ordered("token", Value.of("ghp_x1"), "again",
                        Value.of("Ledger-db-2026!"))).markSensitive()));
        assertThat(config.sensitiveStrings()).containsExactly("Ledger-db-2026!", "ghp_x1");
        assertThat(config.get("identifier").sensitiveStrings()).isEmpty();
    }

    @Test
    void toStringNeverShowsSensitiveContent() {
        Value config = Value.map(ordered("user", Value.of("ledger"),
                "password", Value.of("Ledger-db-2026!").markSensitive()));
        assertThat(config.toString()).isEqualTo("{user = \"ledger\", password = (sensitive a string)}");
        assertThat(config.markSensitive().toString()).isEqualTo("(sensitive a map of 2)");
    }

    @Test
    void markingIsIdempotentAndKeepsTheOrigin() {
        Origin origin = new Origin("plan.json", Span.of(3, 5, 3, 12));
        Value value = Value.of("x").withOrigin(origin).markSensitive();
        assertThat(value.markSensitive()).isSameAs(value);
        assertThat(value.origin()).contains(origin);
    }

    @Test
    void equalityIsByContentIgnoringMarksAndOrigin() {
        Value a = Value.of("payments").withOrigin(new Origin("a.json", Span.of(1, 1, 1, 9)));
        Value b = Value.of("payments").markSensitive();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(encryption()).isEqualTo(encryption()).hasSameHashCodeAs(encryption());
        assertThat(Value.of("1")).isNotEqualTo(Value.of(1));
        assertThat(Value.nullValue()).isNotEqualTo(Value.absent("x"));
        assertThat(Value.unknown("a")).isNotEqualTo(Value.unknown("b"));
    }

    @Test
    void numbersCompareByValue() {
        Value one = Value.of(new BigDecimal("1.0"));
        assertThat(one).isEqualTo(Value.of(1)).hasSameHashCodeAs(Value.of(1));
        assertThat(Value.of(new BigDecimal("0.00"))).isEqualTo(Value.of(0)).hasSameHashCodeAs(Value.of(0));
        assertThat(Value.of(new BigDecimal("0.25"))).isNotEqualTo(Value.of(new BigDecimal("0.5")));
    }

    @Test
    void mapEqualityDoesNotDependOnOrderButIterationKeepsIt() {
        Value ab = Value.map(ordered("a", Value.of(1), "b", Value.of(2)));
        Value ba = Value.map(ordered("b", Value.of(2), "a", Value.of(1)));
        assertThat(ab).isEqualTo(ba);
        assertThat(ba.entries().keySet()).containsExactly("b", "a");
    }

    @Test
    void toStringIsReadable() {
        assertThat(encryption().toString()).isEqualTo("{bucket = \"payments-logs\", expected_bucket_owner = null, "
                + "rule = [{bucket_key_enabled = true, apply_server_side_encryption_by_default = "
                + "[{sse_algorithm = \"aws:kms\", kms_master_key_id = "
                + "(unknown: aws_kms_key.logs.arn is known only after apply)}]}]}");
        assertThat(Value.of(new BigDecimal("2.50")).toString()).isEqualTo("2.5");
        assertThat(Value.of("a \"quoted\"\nline").toString()).isEqualTo("\"a \\\"quoted\\\"\\nline\"");
        assertThat(Value.map(ordered("aws:kms", Value.of(1))).toString()).isEqualTo("{\"aws:kms\" = 1}");
        assertThat(Value.error("bad").toString()).isEqualTo("(error: bad)");
    }
}
