package dev.opsmith.format.compose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InterpolationTest {
    private static final Interpolation ENV = Interpolation.ofDotEnv("""
            SET=value
            EMPTY=
            QUOTED="a b # not a comment"
            INLINE=plain # a comment
            LITERAL='${SET}'
            DERIVED=${SET}-x
            FROM_SHELL=${HOME}
            """);

    private static String ok(String raw) {
        Interpolation.Result r = ENV.resolve(raw);
        assertThat(r.unresolved()).as(raw).isFalse();
        return r.value();
    }

    private static boolean unresolved(String raw) {
        return ENV.resolve(raw).unresolved();
    }

    @Test
    void forms() {
        assertThat(ok("${SET}")).isEqualTo("value");
        assertThat(ok("$SET/x")).isEqualTo("value/x");
        assertThat(ok("${UNSET:-def}")).isEqualTo("def");
        assertThat(ok("${EMPTY:-def}")).isEqualTo("def");
        assertThat(ok("${EMPTY-def}")).isEqualTo("");
        assertThat(ok("${UNSET-def}")).isEqualTo("def");
        assertThat(ok("${SET:?needed}")).isEqualTo("value");
        assertThat(unresolved("${UNSET:?needed}")).isTrue();
        assertThat(unresolved("${EMPTY:?needed}")).isTrue();
        assertThat(ok("${EMPTY?needed}")).isEqualTo("");
        assertThat(unresolved("${UNSET?needed}")).isTrue();
        assertThat(ok("${SET:+alt}")).isEqualTo("alt");
        assertThat(ok("${EMPTY:+alt}")).isEqualTo("");
        assertThat(ok("${EMPTY+alt}")).isEqualTo("alt");
        assertThat(ok("${UNSET+alt}")).isEqualTo("");
        assertThat(ok("$${SET} costs $$5")).isEqualTo("${SET} costs $5");
        assertThat(ok("${UNSET:-${SET}}")).isEqualTo("value");
        assertThat(ok("no variables")).isEqualTo("no variables");
        assertThat(unresolved("${UNSET}")).isTrue();
        assertThat(unresolved("$UNSET")).isTrue();
        assertThat(ENV.resolve("a-${UNSET}-b").value()).isEqualTo("a-${UNSET}-b");
        assertThat(unresolved("${SET")).isTrue();
    }

    @Test
    void dotEnvSyntax() {
        assertThat(ok("${QUOTED}")).isEqualTo("a b # not a comment");
        assertThat(ok("${INLINE}")).isEqualTo("plain");
        assertThat(ok("${LITERAL}")).isEqualTo("${SET}");
        assertThat(ok("${DERIVED}")).isEqualTo("value-x");
        assertThat(ENV.defines("FROM_SHELL")).isFalse(); // refers to the shell: unknown
        assertThat(ENV.toString()).doesNotContain("value");
    }
}
