package dev.opsmith.format.dockerfile;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Garbled input gives a model or a DockerfileParseException with a valid span; nothing else, and quickly. */
class ParserRobustnessTest {
    private static final String[] TOKENS = {
        "FROM", "from", "RUN", "CMD", "ENTRYPOINT", "COPY", "ADD", "ENV", "ARG", "LABEL", "ONBUILD", "HEALTHCHECK",
        "SHELL", "USER", "WORKDIR", "EXPOSE", "VOLUME", "STOPSIGNAL", "MAINTAINER", "FRM", "CMD", "NONE", "AS", "as",
        " ", " ", " ", "  ", "\t", "\n", "\n", "\n", "\r\n", "\r", "\\", "\\\n", "`", "`\n", "#", "# syntax=x\n",
        "# escape=`\n", "# escape=\\\n", "--", "--mount=type=cache,target=/x", "--from=", "--link", "=", "==", "\"", "'",
        "$", "${", "}", "$(", ")", "(", "[", "]", "[\"a\"]", "[\"a\",", "\",\"", ",", "\\u00", "\\\"", "<<", "<<EOF",
        "<<-EOF", "<<'EOF'", "<<\"EOF\"", "EOF", "\tEOF", "<<a", "a", "&&", "||", "|", ";", ";;", "&", ">", "2>&1",
        "if", "then", "fi", "for", "do", "done", "case", "in", "esac", "{", "}", "!", "sudo", "env", "apt-get", "-y",
        "-qy", "x=1", "k=\"v w\"", "alpine:3.19", "@sha256:", "/", "*", "**", "?", "\uFEFF", "é", "\u0000", "#!/bin/sh\n",
    };

    @Test
    void garbledInputNeverThrowsAnythingElse() {
        Random random = new Random(20240611L);
        int[] outcomes = new int[2];
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int n = 0; n < 5000; n++) {
                StringBuilder sb = new StringBuilder();
                int len = random.nextInt(n % 10 == 0 ? 400 : 60);
                for (int i = 0; i < len; i++) sb.append(TOKENS[random.nextInt(TOKENS.length)]);
                String text = sb.toString();
                SourceFile file = SourceFile.of("Dockerfile", text);
                try {
                    Dockerfile d = DockerfileParser.parse(file);
                    touch(d);
                    outcomes[0]++;
                } catch (DockerfileParseException e) {
                    Span s = e.span();
                    assertThat(s.line()).isBetween(1, file.lineCount());
                    outcomes[1]++;
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError("input #" + n + ": " + escape(text), e);
                }
                DockerIgnore di = DockerIgnore.parse(file);
                di.excludes(".git/config");
                di.excludes("a/b/c.key");
            }
        });
        assertThat(outcomes[0]).isPositive();
        assertThat(outcomes[1]).isPositive();
    }

    /** Exercises the lazily computed parts of the model. */
    private static void touch(Dockerfile d) {
        for (Instruction ins : d.instructions()) {
            d.variablesAt(ins);
            d.expand(ins, ins.arguments());
            for (Flag f : ins.flags()) f.mount();
            if (ins.script() != null) {
                for (Command c : ins.script().commands()) {
                    c.name();
                    c.effective().name();
                    c.hasFlag("-y", "--yes");
                    c.flagValue("-o", "--output");
                    c.positionals("-o");
                }
            }
            for (Heredoc h : ins.heredocs()) {
                for (int i = 0; i < h.bodyLineCount(); i++) h.spanOfBodyLine(i);
            }
        }
        d.finalStage();
        d.stage("0");
        d.misplacedDirectives();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    @Test
    void largeInputIsLinear() {
        StringBuilder sb = new StringBuilder("FROM alpine\n");
        for (int i = 0; i < 5_000; i++) {
            sb.append("RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88 \\\n")
              .append("    && echo \"$(date) ${X:-y}\" | tee -a /log >/dev/null 2>&1 # note\n");
        }
        sb.append("RUN echo ").append("a".repeat(200_000)).append('\n');
        sb.append("RUN echo \"").append("\\\"$(".repeat(20_000)).append('\n');
        SourceFile file = SourceFile.of("Dockerfile", sb.toString());
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Dockerfile d = DockerfileParser.parse(file);
            assertThat(d.instructions()).hasSize(5_003);
        });
    }
}
