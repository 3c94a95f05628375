package dev.opsmith.scan.shellcheck;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.DockerfileParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The scripts handed to ShellCheck and their map back into the Dockerfile; no shellcheck needed. */
class RunScriptsTest {
    private static Dockerfile parse(String text) throws Exception {
        return DockerfileParser.parse(SourceFile.of("Dockerfile", text));
    }

    private static List<String> scripts(String dockerfile) throws Exception {
        return RunScripts.of(parse(dockerfile)).stream().map(MappedScript::text).toList();
    }

    @Test
    void joinsContinuationLinesAsDockerDoes() throws Exception {
        assertThat(scripts("FROM alpine\nRUN apk add curl \\\n# dropped\n\n    && rm -rf /tmp/*\n"))
                .containsExactly("# shellcheck shell=sh\napk add curl     && rm -rf /tmp/*");
    }

    @Test
    void declaresTheArgAndEnvNamesInScopeThatTheScriptMentions() throws Exception {
        assertThat(scripts("FROM alpine\nARG version\nARG unused\nENV HOME_DIR=/srv app=x\n"
                + "RUN echo \"$version $HOME_DIR $app ${https_proxy} $later\"\nARG later\n"))
                .containsExactly("# shellcheck shell=sh\nexport HOME_DIR app https_proxy version\n"
                        + "echo \"$version $HOME_DIR $app ${https_proxy} $later\"");
    }

    @Test
    void declaresNamesUsedInHeredocBodiesAndSecretMounts() throws Exception {
        assertThat(scripts("FROM alpine\nARG tag\nRUN --mount=type=secret,id=t,env=token <<EOF\necho $tag $token\nEOF\n"))
                .containsExactly("# shellcheck shell=sh\nexport tag token\necho $tag $token\n");
    }

    @Test
    void aHeredocScriptIsItsBody() throws Exception {
        assertThat(scripts("FROM alpine\nRUN <<EOF\necho one\necho two\nEOF\n"))
                .containsExactly("# shellcheck shell=sh\necho one\necho two\n");
    }

    @Test
    void aShellReadingAHeredocGivesTwoScripts() throws Exception {
        assertThat(scripts("FROM alpine\nRUN bash <<EOF\necho one\nEOF\n")).containsExactly(
                "# shellcheck shell=sh\nbash <<EOF\necho one\nEOF\n",
                "# shellcheck shell=bash\necho one\n");
    }

    @Test
    void aHeredocThatIsDataStaysInTheCommandScript() throws Exception {
        assertThat(scripts("FROM alpine\nRUN cat <<EOF > /etc/motd\nwelcome $USER\nEOF\n"))
                .containsExactly("# shellcheck shell=sh\ncat <<EOF > /etc/motd\nwelcome $USER\nEOF\n");
    }

    @Test
    void aShebangBecomesAPlainCommentUnderTheDirective() throws Exception {
        assertThat(scripts("FROM alpine\nRUN <<EOF\n#!/usr/bin/env bash\necho hi\nEOF\n"))
                .containsExactly("# shellcheck shell=bash\n# /usr/bin/env bash\necho hi\n");
    }

    @Test
    void skipsShellsShellCheckDoesNotKnow() throws Exception {
        assertThat(scripts("FROM alpine\nSHELL [\"/bin/zsh\", \"-c\"]\nRUN echo hi\n")).isEmpty();
        assertThat(scripts("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nRUN dir\n")).isEmpty();
        assertThat(scripts("FROM alpine\nSHELL [\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"]\nRUN echo hi\n"))
                .singleElement().asString().startsWith("# shellcheck shell=sh\n");
    }

    @Test
    void theAddedLinesMapToNothing() throws Exception {
        MappedScript s = RunScripts.of(parse("FROM alpine\nARG x\nRUN echo $x\n")).get(0);
        assertThat(s.text()).isEqualTo("# shellcheck shell=sh\nexport x\necho $x");
        assertThat(s.span(1, 1, 1, 5)).isEmpty();
        assertThat(s.span(2, 1, 2, 7)).isEmpty();
        assertThat(s.span(3, 6, 3, 8)).contains(Span.of(3, 10, 3, 12));
        assertThat(s.span(9, 1, 9, 1)).contains(Span.of(3, 12, 3, 12)); // past the end: just after the script
    }

    /** Every character we take from the file is the file's character at the mapped offset. */
    @Test
    void everyMappedCharacterIsTheFilesCharacter() throws Exception {
        List<String> dockerfiles = new java.util.ArrayList<>(List.of(
                "FROM alpine\nRUN --mount=type=cache,target=/x \\\n  --network=none \\\n\techo a  \\  \n  # c\n\n  && b\n",
                "# escape=`\nFROM alpine\nRUN echo `\n  a`\n  b\n",
                "FROM alpine\r\nRUN a \\\r\n b\r\nRUN <<-EOF\r\n\t\tc\r\n\tEOF\r\n",
                "FROM alpine\nONBUILD RUN echo \\\n  x\nRUN sh <<A <<B\n1\nA\n2\nB\n",
                "FROM alpine\nRUN echo \"\uD83D\uDCB3\" \\\n  \u20AC\n"));
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/dev/opsmith/rules/dockerfile/DF900"))) {
            for (Path p : files.toList()) dockerfiles.add(Files.readString(p));
        }
        for (String text : dockerfiles) {
            SourceFile file = SourceFile.of("Dockerfile", text);
            for (MappedScript s : RunScripts.of(DockerfileParser.parse(file))) {
                String t = s.text();
                for (int i = 0; i < t.length(); i++) {
                    int o = s.fileOffset(i);
                    if (o < 0 || t.charAt(i) == '\n' || (t.charAt(i) == ' ' && i > 0 && t.charAt(i - 1) == '#')) continue;
                    assertThat(text.charAt(o)).as("char %d of %s", i, t).isEqualTo(t.charAt(i));
                }
            }
        }
    }
}
