package dev.opsmith.format.dockerfile;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DockerIgnoreTest {

    static DockerIgnore parse(String text) {
        return DockerIgnore.parse(SourceFile.of(".dockerignore", text));
    }

    @Test
    void patternsWithSpans() {
        DockerIgnore di = parse("# comment\n\n  .git  \n!README.md\n/build/\n./tmp//x/../y\r\n");
        assertThat(di.patterns()).extracting(DockerIgnore.Pattern::pattern).containsExactly(".git", "README.md", "build", "tmp/y");
        assertThat(di.patterns()).extracting(DockerIgnore.Pattern::negated).containsExactly(false, true, false, false);
        assertThat(di.patterns().get(0).span()).isEqualTo(Span.of(3, 3, 3, 7));
    }

    @Test
    void matching() {
        DockerIgnore di = parse(".git\n.env\n*.pem\n**/*.key\nnode_modules\nsecrets/*\n!secrets/public.txt\ndocs/**/*.md\n[a-c]?.txt\n");
        assertThat(di.excludes(".git")).isTrue();
        assertThat(di.excludes(".git/config")).isTrue();
        assertThat(di.excludes(".env")).isTrue();
        assertThat(di.excludes("app/.env")).isFalse();
        assertThat(di.excludes("server.pem")).isTrue();
        assertThat(di.excludes("certs/server.pem")).isFalse();
        assertThat(di.excludes("id.key")).isTrue();
        assertThat(di.excludes("deep/er/id.key")).isTrue();
        assertThat(di.excludes("node_modules/x/index.js")).isTrue();
        assertThat(di.excludes("secrets/db.txt")).isTrue();
        assertThat(di.excludes("secrets/public.txt")).isFalse();
        assertThat(di.excludes("docs/a.md")).isTrue();
        assertThat(di.excludes("docs/x/y/a.md")).isTrue();
        assertThat(di.excludes("docs/a.txt")).isFalse();
        assertThat(di.excludes("b1.txt")).isTrue();
        assertThat(di.excludes("d1.txt")).isFalse();
        assertThat(di.excludes("./.git/HEAD")).isTrue();
        assertThat(di.excludes("src/Main.java")).isFalse();
        assertThat(di.decidingPattern("secrets/public.txt").orElseThrow().negated()).isTrue();
    }

    @Test
    void lastMatchWins() {
        DockerIgnore di = parse("*\n!src\nsrc/*.tmp\n");
        assertThat(di.excludes("Dockerfile")).isTrue();
        assertThat(di.excludes("src/a.java")).isFalse();
        assertThat(di.excludes("src/a.tmp")).isTrue();
        assertThat(di.excludes("src/sub/a.java")).isFalse();
    }

    @Test
    void doubleStarEverything() {
        DockerIgnore di = parse("**\n!keep/**\n");
        assertThat(di.excludes("a/b/c")).isTrue();
        assertThat(di.excludes("keep/x/y")).isFalse();
    }
}
