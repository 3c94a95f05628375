package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.opsmith.format.terraform.eval.functions.Calls.call;
import static dev.opsmith.format.terraform.eval.functions.Calls.error;
import static dev.opsmith.format.terraform.eval.functions.Calls.value;
import static org.assertj.core.api.Assertions.assertThat;

class CollectionFunctionsTest {

    @Test
    void mergeOfTagsLetsLaterMapsWinAndSortsKeys() {
        Value tags = call("merge", Map.of("Name", "web", "Env", "dev"), Map.of("Env", "prod"), null);
        assertThat(tags.entries().keySet()).containsExactly("Env", "Name");
        assertThat(tags.get("Env")).isEqualTo(Value.of("prod"));
    }

    @Test
    void lookupFallsBackToTheDefaultOrFails() {
        assertThat(call("lookup", Map.of("Env", "prod"), "Owner", "platform")).isEqualTo(Value.of("platform"));
        assertThat(error(call("lookup", Map.of("Env", "prod"), "Owner"))).contains("lookup failed to find key \"Owner\"");
    }

    @Test
    void elementWrapsAroundAndCountsNegativeIndexesFromTheEnd() {
        assertThat(call("element", List.of("a", "b", "c"), 4)).isEqualTo(Value.of("b"));
        assertThat(call("element", List.of("a", "b", "c"), -1)).isEqualTo(Value.of("c"));
        assertThat(error(call("element", List.of(), 0))).contains("empty list");
    }

    @Test
    void setFunctionsAnswerSortedSets() {
        assertThat(call("setunion", List.of("b", "a"), List.of("c", "a"))).isEqualTo(value(List.of("a", "b", "c")));
        assertThat(call("setintersection", List.of("a", "b"), List.of("b", "c"))).isEqualTo(value(List.of("b")));
        assertThat(call("setsubtract", List.of("a", "b", "c"), List.of("b"))).isEqualTo(value(List.of("a", "c")));
        assertThat(call("setproduct", List.of("dev", "prod"), List.of("app")))
                .isEqualTo(value(List.of(List.of("dev", "app"), List.of("prod", "app"))));
        assertThat(call("toset", List.of("c", "a", "c"))).isEqualTo(value(List.of("a", "c")));
    }

    @Test
    void flattenRangeSliceChunk() {
        assertThat(call("flatten", List.of(List.of("a", List.of("b")), List.of(), "c"))).isEqualTo(value(List.of("a", "b", "c")));
        assertThat(call("range", 1, 8, 3)).isEqualTo(value(List.of(1, 4, 7)));
        assertThat(call("range", 3)).isEqualTo(value(List.of(0, 1, 2)));
        assertThat(call("slice", List.of("a", "b", "c"), 1, 3)).isEqualTo(value(List.of("b", "c")));
        assertThat(call("chunklist", List.of(1, 2, 3), 2)).isEqualTo(value(List.of(List.of(1, 2), List.of(3))));
    }

    @Test
    void coalesceCompactOneSumAndTruth() {
        assertThat(call("coalesce", "", null, "x")).isEqualTo(Value.of("x"));
        assertThat(call("compact", List.of("a", "", "b"))).isEqualTo(value(List.of("a", "b")));
        assertThat(call("one", List.of())).isEqualTo(Value.nullValue());
        assertThat(error(call("one", List.of(1, 2)))).contains("either zero or one elements");
        assertThat(call("sum", List.of(1.5, 2.25))).isEqualTo(Value.of(new java.math.BigDecimal("3.75")));
        assertThat(call("alltrue", List.of())).isEqualTo(Value.of(true));
        assertThat(call("anytrue", List.of(false, "true"))).isEqualTo(Value.of(true));
    }

    @Test
    void zipmapTransposeAndKeys() {
        assertThat(call("zipmap", List.of("Name", "Env"), List.of("web", "prod")).get("Env")).isEqualTo(Value.of("prod"));
        assertThat(call("transpose", Map.of("a", List.of("1", "2"), "b", List.of("2"))).get("2"))
                .isEqualTo(value(List.of("a", "b")));
        assertThat(call("keys", Map.of("b", 1, "a", 2))).isEqualTo(value(List.of("a", "b")));
        assertThat(call("sort", List.of("10", "9", "100"))).isEqualTo(value(List.of("10", "100", "9")));
    }

    @Test
    void conversionsUnifyMixedPrimitivesToStrings() {
        assertThat(call("tolist", List.of("a", 1, true))).isEqualTo(value(List.of("a", "1", "true")));
        assertThat(call("tomap", Map.of("a", 1, "b", "x")).get("a")).isEqualTo(Value.of("1"));
        assertThat(call("tonumber", "1e3")).isEqualTo(Value.of(1000));
        assertThat(error(call("tobool", "yes"))).contains("only the strings \"true\" or \"false\" are allowed");
        assertThat(error(call("tolist", List.of("a", List.of("b"))))).contains("all elements must have the same type");
    }
}
