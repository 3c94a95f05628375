package dev.opsmith.format.dockerfile;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DockerfileParserTest {

    static Dockerfile parse(String text) {
        try {
            return DockerfileParser.parse(SourceFile.of("Dockerfile", text));
        } catch (DockerfileParseException e) {
            throw new AssertionError(e);
        }
    }

    static String text(Dockerfile d, Span span) {
        return d.source().text(span);
    }

    @Test
    void instructionsKeywordsAndSpans() {
        Dockerfile d = parse("from alpine:3.19\n  run echo hi\nFRM x\n");
        assertThat(d.instructions()).extracting(Instruction::keyword).containsExactly("FROM", "RUN", "FRM");
        assertThat(d.instructions()).extracting(Instruction::known).containsExactly(true, true, false);
        Instruction run = d.instructions().get(1);
        assertThat(run.span()).isEqualTo(Span.of(2, 3, 2, 14));
        assertThat(run.keywordSpan()).isEqualTo(Span.of(2, 3, 2, 6));
        assertThat(run.arguments()).isEqualTo("echo hi");
        assertThat(text(d, run.argumentsSpan())).isEqualTo("echo hi");
        assertThat(run.is("run")).isTrue();
        assertThat(d.instructions().get(2).stageIndex()).isEqualTo(0);
    }

    @Test
    void directivesOnlyInLeadingBlock() {
        Dockerfile d = parse("# syntax=docker/dockerfile:1.7\n# check=skip=JSONArgsRecommended\n# a note\n# escape=`\nFROM x\n# syntax=foo\n");
        assertThat(d.directives()).extracting(Directive::name).containsExactly("syntax", "check");
        assertThat(d.directive("check").orElseThrow().value()).isEqualTo("skip=JSONArgsRecommended");
        assertThat(d.directives().get(0).span()).isEqualTo(Span.of(1, 1, 1, 31));
        assertThat(d.escape()).isEqualTo('\\');
        assertThat(d.comments()).hasSize(5);
        assertThat(d.misplacedDirectives()).extracting(Comment::text).containsExactly("escape=`", "syntax=foo");
        Dockerfile afterBlank = parse("# syntax=docker/dockerfile:1.7\n\n# escape=`\nFROM x\n");
        assertThat(afterBlank.directives()).extracting(Directive::name).containsExactly("syntax");
        assertThat(afterBlank.escape()).as("an empty line ends the directive block").isEqualTo('\\');
        assertThat(d.comments().get(2).looksLikeDirective()).isFalse();
        assertThat(d.comments().get(3).looksLikeDirective()).isTrue();
    }

    @Test
    void directiveEndsAtInstruction() {
        Dockerfile d = parse("FROM x\n# syntax=docker/dockerfile:1\n");
        assertThat(d.directives()).isEmpty();
        assertThat(d.misplacedDirectives()).hasSize(1);
    }

    @Test
    void continuationsJoinAndDropCommentAndEmptyLines() {
        String src = "FROM x\nRUN apt-get update \\\n  # a comment\n\n    && apt-get install -y curl \\   \n    && echo done\nUSER app\n";
        Dockerfile d = parse(src);
        Instruction run = d.instructions().get(1);
        assertThat(run.arguments()).isEqualTo("apt-get update     && apt-get install -y curl     && echo done");
        assertThat(run.span()).isEqualTo(Span.of(2, 1, 6, 17));
        assertThat(d.comments()).extracting(Comment::text).containsExactly("a comment");
        Word curl = run.words().stream().filter(w -> w.value().equals("curl")).findFirst().orElseThrow();
        assertThat(curl.span()).isEqualTo(Span.of(5, 27, 5, 31));
        assertThat(text(d, curl.span())).isEqualTo("curl");
        Word done = run.words().get(run.words().size() - 1);
        assertThat(done.span()).isEqualTo(Span.of(6, 13, 6, 17));
        assertThat(d.instructions().get(2).is("USER")).isTrue();
    }

    @Test
    void wordSpansAcrossContinuationInsideAWord() {
        Dockerfile d = parse("RUN echo ab\\\ncd\n");
        Word w = d.instructions().get(0).words().get(1);
        assertThat(w.value()).isEqualTo("abcd");
        assertThat(w.span()).isEqualTo(Span.of(1, 10, 2, 3));
        Command c = d.instructions().get(0).script().commands().get(0);
        assertThat(c.args().get(0).value()).isEqualTo("abcd");
        assertThat(c.args().get(0).span()).isEqualTo(Span.of(1, 10, 2, 3));
    }

    @Test
    void continuationAtEndOfFileEndsInstruction() {
        Dockerfile d = parse("FROM x\nRUN echo hi \\");
        assertThat(d.instructions()).hasSize(2);
        assertThat(d.instructions().get(1).arguments()).isEqualTo("echo hi");
        assertThat(d.instructions().get(1).span()).isEqualTo(Span.of(2, 1, 2, 14));
    }

    @Test
    void escapeBacktick() {
        Dockerfile d = parse("# escape=`\nFROM mcr.microsoft.com/windows/servercore\nRUN dir C:\\ `\n    && echo hi\nCOPY C:\\src\\ C:\\dst\\\n");
        assertThat(d.escape()).isEqualTo('`');
        Instruction run = d.instructions().get(1);
        assertThat(run.arguments()).isEqualTo("dir C:\\     && echo hi");
        Instruction copy = d.instructions().get(2);
        assertThat(copy.words()).extracting(Word::value).containsExactly("C:\\src\\", "C:\\dst\\");
    }

    @Test
    void invalidEscapeIsAnError() {
        assertThatThrownBy(() -> DockerfileParser.parse(SourceFile.of("Dockerfile", "# escape=x\nFROM a\n")))
                .isInstanceOf(DockerfileParseException.class)
                .satisfies(e -> assertThat(((DockerfileParseException) e).span().line()).isEqualTo(1));
    }

    @Test
    void crlfAndBom() {
        Dockerfile d = parse("\uFEFF# syntax=docker/dockerfile:1\r\nFROM alpine\r\nRUN echo a \\\r\n  b\r\nCMD [\"sh\"]\r\n");
        assertThat(d.directives()).hasSize(1);
        assertThat(d.directive("syntax").orElseThrow().value()).isEqualTo("docker/dockerfile:1");
        Instruction run = d.instructions().get(1);
        assertThat(run.arguments()).isEqualTo("echo a   b");
        assertThat(run.span()).isEqualTo(Span.of(3, 1, 4, 4));
        assertThat(d.instructions().get(2).execForm()).isTrue();
        assertThat(d.stages().get(0).image().resolved()).isEqualTo("alpine");
    }

    @Test
    void flags() {
        Dockerfile d = parse("FROM x\nRUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=secret,id=npm --network=none apt-get update\n"
                + "COPY --from=build --chown=app:app --chmod=0755 --link /out /app\n");
        Instruction run = d.instructions().get(1);
        assertThat(run.flags()).extracting(Flag::name).containsExactly("mount", "mount", "network");
        assertThat(run.flags("mount")).hasSize(2);
        assertThat(run.flag("mount").orElseThrow().mount())
                .containsEntry("type", "cache").containsEntry("target", "/var/cache/apt").containsEntry("sharing", "locked");
        assertThat(run.flag("network").orElseThrow().value()).isEqualTo("none");
        assertThat(run.arguments()).isEqualTo("apt-get update");
        assertThat(text(d, run.flag("network").orElseThrow().span())).isEqualTo("--network=none");
        Instruction copy = d.instructions().get(2);
        assertThat(copy.flag("link").orElseThrow().value()).isNull();
        assertThat(copy.flag("from").orElseThrow().value()).isEqualTo("build");
        assertThat(copy.words()).extracting(Word::value).containsExactly("/out", "/app");
        assertThat(copy.flag("platform")).isEmpty();
    }

    @Test
    void flagWithoutNameIsAnError() {
        assertThatThrownBy(() -> DockerfileParser.parse(SourceFile.of("Dockerfile", "FROM x\nCOPY --=x a b\n")))
                .isInstanceOfSatisfying(DockerfileParseException.class,
                        e -> assertThat(e.span()).isEqualTo(Span.of(2, 6, 2, 10)));
    }

    @Test
    void missingArgumentsAreErrors() {
        assertThatThrownBy(() -> DockerfileParser.parse(SourceFile.of("Dockerfile", "ARG x=1\n  FROM  \n")))
                .isInstanceOfSatisfying(DockerfileParseException.class, e -> {
                    assertThat(e.span()).isEqualTo(Span.of(2, 3, 2, 7));
                    assertThat(e.reason()).contains("FROM requires");
                });
        assertThatThrownBy(() -> DockerfileParser.parse(SourceFile.of("Dockerfile", "FROM a\nCOPY onlyone\n")))
                .isInstanceOfSatisfying(DockerfileParseException.class, e -> assertThat(e.span().line()).isEqualTo(2));
        assertThatThrownBy(() -> DockerfileParser.parse(SourceFile.of("Dockerfile", "FROM a\nENV FOO\n")))
                .isInstanceOf(DockerfileParseException.class);
        assertThatThrownBy(() -> DockerfileParser.parse(SourceFile.of("Dockerfile", "FROM a\nLABEL a=1 b\n")))
                .isInstanceOf(DockerfileParseException.class);
    }

    @Test
    void unknownInstructionsAndEmptyCmdAreNotErrors() {
        Dockerfile d = parse("FROM a\nCMD\nFOO bar\n");
        assertThat(d.instructions().get(1).arguments()).isEmpty();
        assertThat(d.instructions().get(2).known()).isFalse();
    }

    @Test
    void execFormAndFallbackToShellForm() {
        Dockerfile d = parse("FROM a\nCMD [\"echo\", \"a \\\"b\\\" \\u0041\\n\"]\nENTRYPOINT [\"x\", \nRUN [ ]\nCMD ['single']\nVOLUME [\"/data\", \"/logs\"]\nVOLUME /a /b\n");
        Instruction cmd = d.instructions().get(1);
        assertThat(cmd.execForm()).isTrue();
        assertThat(cmd.script()).isNull();
        assertThat(cmd.words()).extracting(Word::value).containsExactly("echo", "a \"b\" A\n");
        assertThat(text(d, cmd.words().get(0).span())).isEqualTo("\"echo\"");
        Instruction ep = d.instructions().get(2);
        assertThat(ep.execForm()).isFalse();
        assertThat(ep.script()).isNotNull();
        assertThat(d.instructions().get(3).execForm()).isTrue();
        assertThat(d.instructions().get(3).words()).isEmpty();
        assertThat(d.instructions().get(4).execForm()).isFalse();
        assertThat(d.instructions().get(5).words()).extracting(Word::value).containsExactly("/data", "/logs");
        assertThat(d.instructions().get(6).execForm()).isFalse();
        assertThat(d.instructions().get(6).words()).extracting(Word::value).containsExactly("/a", "/b");
    }

    @Test
    void shellInstructionAndNonPosixShell() {
        Dockerfile d = parse("FROM a\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl x | sh\n"
                + "SHELL [\"powershell\", \"-Command\"]\nRUN Get-ChildItem\n");
        assertThat(d.instructions().get(1).words()).extracting(Word::value).containsExactly("/bin/bash", "-o", "pipefail", "-c");
        assertThat(d.instructions().get(2).script()).isNotNull();
        assertThat(d.instructions().get(4).script()).isNull();
    }

    @Test
    void healthcheck() {
        Dockerfile d = parse("FROM a\nHEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 CMD curl -f http://localhost/ || exit 1\n"
                + "HEALTHCHECK NONE\nHEALTHCHECK CMD [\"curl\", \"-f\", \"http://x\"]\n");
        Instruction hc = d.instructions().get(1);
        assertThat(hc.flags()).extracting(Flag::name).containsExactly("interval", "timeout", "start-period", "retries");
        assertThat(hc.arguments()).startsWith("CMD curl");
        assertThat(hc.words().get(0).value()).isEqualTo("curl");
        assertThat(hc.execForm()).isFalse();
        assertThat(hc.script().commands()).extracting(Command::name).containsExactly("curl", "exit");
        assertThat(d.instructions().get(2).isHealthcheckNone()).isTrue();
        assertThat(d.instructions().get(2).words()).isEmpty();
        Instruction exec = d.instructions().get(3);
        assertThat(exec.execForm()).isTrue();
        assertThat(exec.words()).extracting(Word::value).containsExactly("curl", "-f", "http://x");
    }

    @Test
    void envArgLabelPairs() {
        Dockerfile d = parse("ARG VERSION\nARG A=1 B\nFROM a\nENV PATH=/opt/bin:$PATH HOME=\"/home/app user\" EMPTY=\nENV LEGACY some value  here\n"
                + "LABEL org.opencontainers.image.source=\"https://x\" \"quoted key\"=v\nLABEL maintainer \"Jane <j@x>\"\n");
        Instruction a1 = d.instructions().get(0);
        assertThat(a1.pairs()).singleElement().satisfies(kv -> {
            assertThat(kv.key()).isEqualTo("VERSION");
            assertThat(kv.value()).isNull();
            assertThat(kv.valueSpan()).isNull();
        });
        assertThat(d.instructions().get(1).pairs()).extracting(KeyValue::key, KeyValue::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", "1"), org.assertj.core.groups.Tuple.tuple("B", null));
        Instruction env = d.instructions().get(3);
        assertThat(env.pairs()).extracting(KeyValue::key).containsExactly("PATH", "HOME", "EMPTY");
        KeyValue home = env.pair("HOME").orElseThrow();
        assertThat(home.value()).isEqualTo("/home/app user");
        assertThat(text(d, home.keySpan())).isEqualTo("HOME");
        assertThat(text(d, home.valueSpan())).isEqualTo("\"/home/app user\"");
        assertThat(text(d, home.span())).isEqualTo("HOME=\"/home/app user\"");
        assertThat(env.pair("EMPTY").orElseThrow().value()).isEmpty();
        KeyValue legacy = d.instructions().get(4).pairs().get(0);
        assertThat(legacy.key()).isEqualTo("LEGACY");
        assertThat(legacy.value()).isEqualTo("some value  here");
        assertThat(text(d, legacy.valueSpan())).isEqualTo("some value  here");
        assertThat(d.instructions().get(5).pairs()).extracting(KeyValue::key)
                .containsExactly("org.opencontainers.image.source", "quoted key");
        assertThat(d.instructions().get(6).pairs().get(0).value()).isEqualTo("Jane <j@x>");
    }

    @Test
    void otherInstructions() {
        Dockerfile d = parse("FROM a\nMAINTAINER Jane Doe\nSTOPSIGNAL SIGTERM\nEXPOSE 80/tcp 443\nUSER app:app\nWORKDIR /app\nVOLUME /data\n");
        assertThat(d.instructions().get(1).arguments()).isEqualTo("Jane Doe");
        assertThat(d.instructions().get(2).words()).extracting(Word::value).containsExactly("SIGTERM");
        assertThat(d.instructions().get(3).words()).extracting(Word::value).containsExactly("80/tcp", "443");
        assertThat(d.instructions().get(4).words()).extracting(Word::value).containsExactly("app:app");
        assertThat(d.instructions().get(5).arguments()).isEqualTo("/app");
        assertThat(d.instructions()).allMatch(Instruction::known);
    }

    @Test
    void onbuild() {
        Dockerfile d = parse("FROM a\nONBUILD RUN --mount=type=cache,target=/x apt-get update\nONBUILD COPY . /src\n");
        Instruction ob = d.instructions().get(1);
        Instruction inner = ob.inner();
        assertThat(inner.keyword()).isEqualTo("RUN");
        assertThat(inner.keywordSpan()).isEqualTo(Span.of(2, 9, 2, 12));
        assertThat(inner.flag("mount")).isPresent();
        assertThat(inner.arguments()).isEqualTo("apt-get update");
        assertThat(inner.script().commands().get(0).name()).isEqualTo("apt-get");
        assertThat(inner.span()).isEqualTo(Span.of(2, 9, 2, 56));
        assertThat(inner.stageIndex()).isEqualTo(0);
        assertThat(ob.flags()).isEmpty();
        assertThat(d.instructions().get(2).inner().words()).extracting(Word::value).containsExactly(".", "/src");
        assertThat(d.instructions().get(0).inner()).isNull();
    }

    @Test
    void heredocs() {
        String src = "FROM a\nRUN <<EOF\napt-get update\n  apt-get install -y curl\nEOF\n"
                + "COPY <<a <<\"b\" /dest/\nfirst\na\nsecond $X\nb\n"
                + "RUN <<-EOT bash\n\techo tabbed\n\tEOT\n"
                + "RUN python3 <<'PY'\nimport os\nPY\n"
                + "RUN <<EOF\n#!/usr/bin/env python\nprint(1)\nEOF\n"
                + "RUN cat <<EOF > /etc/conf\nkey=value\nEOF\n"
                + "USER app\n";
        Dockerfile d = parse(src);
        Instruction run = d.instructions().get(1);
        Heredoc h = run.heredocs().get(0);
        assertThat(h.delimiter()).isEqualTo("EOF");
        assertThat(h.body()).isEqualTo("apt-get update\n  apt-get install -y curl\n");
        assertThat(h.quoted()).isFalse();
        assertThat(h.span()).isEqualTo(Span.of(2, 5, 5, 4));
        assertThat(h.bodySpan()).isEqualTo(Span.of(3, 1, 4, 26));
        assertThat(h.spanOfBodyLine(1)).isEqualTo(Span.of(4, 1, 4, 26));
        assertThat(h.firstBodyLine()).isEqualTo(3);
        assertThat(run.span()).isEqualTo(Span.of(2, 1, 5, 4));
        assertThat(run.script().commands()).extracting(Command::name).containsExactly("apt-get", "apt-get");
        Command install = run.script().commands().get(1);
        assertThat(install.span()).isEqualTo(Span.of(4, 3, 4, 26));
        assertThat(install.args().get(2).span()).isEqualTo(Span.of(4, 22, 4, 26));
        assertThat(h.script()).isNotNull();

        Instruction copy = d.instructions().get(2);
        assertThat(copy.heredocs()).extracting(Heredoc::delimiter).containsExactly("a", "b");
        assertThat(copy.heredocs().get(0).body()).isEqualTo("first\n");
        assertThat(copy.heredocs().get(1).quoted()).isTrue();
        assertThat(copy.heredocs().get(1).body()).isEqualTo("second $X\n");
        assertThat(copy.heredocs().get(1).span()).isEqualTo(Span.of(6, 10, 10, 2));
        assertThat(copy.script()).isNull();
        assertThat(copy.heredocs().get(0).script()).isNull();

        Instruction tabbed = d.instructions().get(3);
        assertThat(tabbed.heredocs().get(0).stripTabs()).isTrue();
        assertThat(tabbed.heredocs().get(0).body()).isEqualTo("echo tabbed\n");
        assertThat(tabbed.script().commands()).extracting(Command::name).containsExactly("bash", "echo");
        Command echo = tabbed.script().commands().get(1);
        assertThat(echo.span()).isEqualTo(Span.of(12, 2, 12, 13));

        Instruction py = d.instructions().get(4);
        assertThat(py.heredocs().get(0).quoted()).isTrue();
        assertThat(py.heredocs().get(0).script()).isNull();
        assertThat(py.script().commands()).extracting(Command::name).containsExactly("python3");

        Instruction shebang = d.instructions().get(5);
        assertThat(shebang.heredocs().get(0).script()).isNull();
        assertThat(shebang.script().commands()).isEmpty();

        Instruction cat = d.instructions().get(6);
        assertThat(cat.script().commands()).extracting(Command::name).containsExactly("cat");
        assertThat(cat.heredocs().get(0).script()).isNull();
        assertThat(d.instructions().get(7).is("USER")).isTrue();
    }

    @Test
    void onbuildHeredoc() {
        Dockerfile d = parse("FROM a\nONBUILD RUN <<EOF\napk add x\nEOF\nUSER u\n");
        Instruction ob = d.instructions().get(1);
        assertThat(ob.span()).isEqualTo(Span.of(2, 1, 4, 4));
        assertThat(ob.heredocs()).hasSize(1);
        assertThat(ob.inner().script().commands()).extracting(Command::name).containsExactly("apk");
        assertThat(d.instructions().get(2).is("USER")).isTrue();
    }

    @Test
    void heredocCrlf() {
        Dockerfile d = parse("FROM a\r\nRUN <<EOF\r\necho hi\r\nEOF\r\n");
        Heredoc h = d.instructions().get(1).heredocs().get(0);
        assertThat(h.body()).isEqualTo("echo hi\n");
        assertThat(d.instructions().get(1).script().commands().get(0).args().get(0).span()).isEqualTo(Span.of(3, 6, 3, 8));
    }

    @Test
    void unterminatedHeredocIsAnError() {
        assertThatThrownBy(() -> DockerfileParser.parse(SourceFile.of("Dockerfile", "FROM a\nRUN <<EOF\necho\n")))
                .isInstanceOfSatisfying(DockerfileParseException.class,
                        e -> assertThat(e.span()).isEqualTo(Span.of(2, 5, 2, 10)));
    }

    @Test
    void heredocOnlyForRunCopyAdd() {
        Dockerfile d = parse("FROM a\nCMD cat <<EOF\nUSER x\n");
        assertThat(d.instructions()).extracting(Instruction::keyword).containsExactly("FROM", "CMD", "USER");
        assertThat(d.instructions().get(1).heredocs()).isEmpty();
    }

    @Test
    void stages() {
        Dockerfile d = parse("ARG GO=1.22\nFROM --platform=$BUILDPLATFORM golang:${GO} AS Build\nRUN go build\n"
                + "FROM build as test\nRUN go test\nFROM scratch\nCOPY --from=build /out /\n");
        assertThat(d.stages()).hasSize(3);
        Stage build = d.stage("BUILD").orElseThrow();
        assertThat(build.name()).isEqualTo("build");
        assertThat(build.index()).isZero();
        assertThat(build.instructions()).hasSize(2);
        assertThat(build.span()).isEqualTo(Span.of(2, 1, 3, 13));
        assertThat(build.from().flag("platform").orElseThrow().value()).isEqualTo("$BUILDPLATFORM");
        assertThat(build.image().resolved()).isEqualTo("golang:1.22");
        assertThat(build.image().tag()).isEqualTo("1.22");
        assertThat(build.baseStage()).isEmpty();
        Stage test = d.stage("1").orElseThrow();
        assertThat(test.baseStage()).contains(build);
        assertThat(test.rootStage()).isSameAs(build);
        Stage fin = d.finalStage().orElseThrow();
        assertThat(fin.image().isScratch()).isTrue();
        assertThat(fin.nameOrIndex()).isEqualTo("2");
        assertThat(d.stage("nope")).isEmpty();
        assertThat(d.stage("7")).isEmpty();
        assertThat(d.instructions().get(0).stageIndex()).isEqualTo(-1);
        assertThat(d.stageOf(d.instructions().get(6))).contains(fin);
        assertThat(parse("ARG X=1\n").finalStage()).isEmpty();
    }

    @Test
    void allInstructionsKeptInOrder() {
        Dockerfile d = parse("ARG A\nFROM a\nRUN x\nFROM b\nCMD y\n");
        List<String> kws = d.instructions().stream().map(Instruction::keyword).toList();
        assertThat(kws).containsExactly("ARG", "FROM", "RUN", "FROM", "CMD");
        assertThat(d.instructions()).extracting(Instruction::stageIndex).containsExactly(-1, 0, 0, 1, 1);
        assertThat(d.instructions("run")).hasSize(1);
    }
}
