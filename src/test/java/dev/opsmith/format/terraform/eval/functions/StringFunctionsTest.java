package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.opsmith.format.terraform.eval.functions.Calls.call;
import static dev.opsmith.format.terraform.eval.functions.Calls.error;
import static org.assertj.core.api.Assertions.assertThat;

class StringFunctionsTest {

    @Test
    void formatsResourceNamesAndArns() {
        assertThat(call("format", "arn:aws:iam::%s:role/%s", "123456789012", "deploy"))
                .isEqualTo(Value.of("arn:aws:iam::123456789012:role/deploy"));
        assertThat(call("format", "%s-%03d", "web", 7)).isEqualTo(Value.of("web-007"));
        assertThat(call("format", "%-6s|%6.2f|%x", "ab", 3.14159, 255)).isEqualTo(Value.of("ab    |  3.14|ff"));
        assertThat(call("format", "%g|%v|%#v", 1000000, 0.1, List.of(1, "a"))).isEqualTo(Value.of("1e+06|0.1|[1,\"a\"]"));
    }

    @Test
    void formatReportsMissingArgumentsAndBadVerbs() {
        assertThat(error(call("format", "%s-%s", "a"))).contains("not enough arguments for \"%s\"");
        assertThat(error(call("format", "%d", 1.5))).contains("an integer is required");
        assertThat(error(call("format", "%z", 1))).contains("unsupported format verb 'z'");
    }

    @Test
    void formatListPairsListsAndRepeatsScalars() {
        assertThat(call("formatlist", "arn:aws:s3:::%s/%s", List.of("logs", "data"), "*"))
                .isEqualTo(Calls.value(List.of("arn:aws:s3:::logs/*", "arn:aws:s3:::data/*")));
        assertThat(error(call("formatlist", "%s%s", List.of("a"), List.of("b", "c")))).contains("inconsistent");
    }

    @Test
    void joinSplitReplace() {
        assertThat(call("join", ", ", List.of("a", 1, true))).isEqualTo(Value.of("a, 1, true"));
        assertThat(call("split", ",", "a,,b")).isEqualTo(Calls.value(List.of("a", "", "b")));
        assertThat(call("replace", "web-01-prod", "/-(\\d+)-/", "_${1}_")).isEqualTo(Value.of("web_01_prod"));
        assertThat(call("replace", "abc", "/b/", "$1x")).as("Go reads $1x as a group named 1x").isEqualTo(Value.of("ac"));
        assertThat(call("replace", "a.b.c", ".", "-")).isEqualTo(Value.of("a-b-c"));
    }

    @Test
    void countsAndCutsUserPerceivedCharacters() {
        assertThat(call("length", "héllo")).isEqualTo(Value.of(5));
        assertThat(call("substr", "héllo", 1, 3)).isEqualTo(Value.of("éll"));
        assertThat(call("substr", "hello world", -5, -1)).isEqualTo(Value.of("world"));
        assertThat(call("strrev", "héllo")).isEqualTo(Value.of("olléh"));
    }

    @Test
    void trimsAndCases() {
        assertThat(call("title", "hello world-foo bar_baz")).isEqualTo(Value.of("Hello World-Foo Bar_baz"));
        assertThat(call("trim", "?!hello?!", "!?")).isEqualTo(Value.of("hello"));
        assertThat(call("chomp", "line\r\n\n")).isEqualTo(Value.of("line"));
        assertThat(call("trimspace", " \n\tx \n")).isEqualTo(Value.of("x"));
        assertThat(call("indent", 2, "a\nb")).isEqualTo(Value.of("a\n  b"));
    }

    @Test
    void regexReturnsMatchesGroupsOrNamedGroups() {
        assertThat(call("regex", "^arn:aws:iam::(\\d{12}):role/(.+)$", "arn:aws:iam::123456789012:role/deploy"))
                .isEqualTo(Calls.value(List.of("123456789012", "deploy")));
        assertThat(call("regex", "(?P<account_id>\\d+)", "id 42").get("account_id")).isEqualTo(Value.of("42"));
        assertThat(error(call("regex", "[a-z]+", "123"))).contains("pattern did not match");
        assertThat(call("regexall", "a*", "baaab")).isEqualTo(Calls.value(List.of("", "aaa", "")));
    }

    @Test
    void catastrophicBacktrackingStopsWithAnErrorInsteadOfHanging() {
        String text = "a".repeat(40);
        long start = System.nanoTime();
        assertThat(error(call("regex", "(.*a){12}b", text))).contains("matching gave up");
        assertThat(error(call("replace", text, "/(.*a){12}b/", "x"))).contains("matching gave up");
        assertThat(System.nanoTime() - start).isLessThan(30_000_000_000L);
    }
}
