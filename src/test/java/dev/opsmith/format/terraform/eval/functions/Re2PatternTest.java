package dev.opsmith.format.terraform.eval.functions;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Re2PatternTest {

    private static boolean finds(String re2, String text) throws Exception {
        return Re2Pattern.compile(re2).pattern().matcher(text).find();
    }

    @Test
    void dollarIsEndOfTextUnlessMultiLine() throws Exception {
        assertThat(finds("x$", "x\n")).as("Java's $ would match before the final newline").isFalse();
        assertThat(finds("(?m)^b$", "a\nb\nc")).isTrue();
        assertThat(finds("^b$", "a\nb\nc")).isFalse();
    }

    @Test
    void classesReadAsRe2ReadsThem() throws Exception {
        assertThat(finds("^[[:alpha:]]+$", "abc")).isTrue();
        assertThat(finds("[^[:space:]]", "   ")).isFalse();
        assertThat(finds("[a&&b]", "&")).as("&& is literal in RE2").isTrue();
        assertThat(finds("[[]", "[")).isTrue();
        assertThat(finds("\\s", "\u000B")).as("RE2's \\s has no vertical tab").isFalse();
        assertThat(finds("a{,2}", "a{,2}")).as("{,n} is literal in RE2").isTrue();
    }

    @Test
    void namedGroupsMayHaveUnderscores() throws Exception {
        Re2Pattern pattern = Re2Pattern.compile("(?P<account_id>\\d+)-(?P<region>[a-z0-9-]+)");
        assertThat(pattern.groupNames()).containsExactly(null, "account_id", "region");
    }

    @Test
    void ungreedyFlagSwapsQuantifiers() throws Exception {
        var matcher = Re2Pattern.compile("(?U)a+").pattern().matcher("aaa");
        assertThat(matcher.find()).isTrue();
        assertThat(matcher.group()).isEqualTo("a");
    }

    @Test
    void rejectsWhatRe2Rejects() {
        for (String pattern : new String[] {"a(?=b)", "a(?!b)", "(?<=a)b", "(a)\\1", "a++", "(?>a)", "\\h", "\\Z", "\\R", "(?x)a"}) {
            assertThatThrownBy(() -> Re2Pattern.compile(pattern)).as(pattern).isInstanceOf(Re2Pattern.Re2Exception.class);
        }
    }
}
