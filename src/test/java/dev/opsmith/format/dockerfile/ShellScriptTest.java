package dev.opsmith.format.dockerfile;

import dev.opsmith.core.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.opsmith.format.dockerfile.DockerfileParserTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

class ShellScriptTest {

    static List<Command> commands(String run) {
        return parse("FROM a\nRUN " + run + "\n").instructions().get(1).script().commands();
    }

    @Test
    void aptChain() {
        List<Command> cs = commands("apt-get update && apt-get install -y --no-install-recommends curl=7.88 && rm -rf /var/lib/apt/lists/*");
        assertThat(cs).extracting(Command::name).containsExactly("apt-get", "apt-get", "rm");
        assertThat(cs).extracting(Command::separatorBefore).containsExactly("", "&&", "&&");
        Command install = cs.get(1);
        assertThat(install.hasFlag("-y", "--yes", "--assume-yes")).isTrue();
        assertThat(install.hasFlag("--no-install-recommends")).isTrue();
        assertThat(install.hasFlag("-q")).isFalse();
        assertThat(install.positionals()).extracting(Word::value).containsExactly("install", "curl=7.88");
        assertThat(install.span()).isEqualTo(Span.of(2, 23, 2, 75));
        assertThat(cs.get(2).hasFlag("-r")).isTrue();
        assertThat(cs.get(2).hasFlag("-f")).isTrue();
        assertThat(cs.get(2).positionals()).extracting(Word::value).containsExactly("/var/lib/apt/lists/*");
    }

    @Test
    void pipes() {
        List<Command> cs = commands("curl -fsSL https://x | sh");
        assertThat(cs).extracting(Command::name).containsExactly("curl", "sh");
        assertThat(cs.get(0).pipedTo()).isTrue();
        assertThat(cs.get(0).pipedFrom()).isFalse();
        assertThat(cs.get(1).pipedFrom()).isTrue();
        assertThat(cs.get(1).separatorBefore()).isEqualTo("|");
        assertThat(cs.get(0).hasFlag("-L")).isTrue();
        assertThat(cs.get(0).hasFlag("--location")).isFalse();
        List<Command> wget = commands("wget -qO- https://x | sudo bash -s -- --flag");
        assertThat(wget.get(1).name()).isEqualTo("sudo");
        assertThat(wget.get(1).effective().name()).isEqualTo("bash");
        assertThat(wget.get(1).effective().pipedFrom()).isTrue();
        assertThat(wget.get(0).flagValue("-O")).contains("-");
        assertThat(commands("curl -sSLo /tmp/x https://y").get(0).flagValue("-o")).contains("/tmp/x");
    }

    @Test
    void cdAndMake() {
        List<Command> cs = commands("cd /app && make");
        assertThat(cs).extracting(Command::name).containsExactly("cd", "make");
        assertThat(cs.get(0).args()).extracting(Word::value).containsExactly("/app");
    }

    @Test
    void controlFlowKeywordsAreStripped() {
        List<Command> cs = commands("if [ -f /etc/debian_version ]; then apt-get install -y foo; else apk add bar; fi");
        assertThat(cs).extracting(Command::name).containsExactly("[", "apt-get", "apk");
        assertThat(cs.get(1).words().get(0).span()).isEqualTo(Span.of(2, 41, 2, 48));
        List<Command> loop = commands("for f in a b c; do echo $f; done && while true; do sleep 1; done");
        assertThat(loop).extracting(Command::name).containsExactly("echo", "true", "sleep");
        List<Command> cases = commands("case \"$ARCH\" in amd64) A=x86_64;; arm64|aarch64) A=aarch64;; *) exit 1;; esac && echo $A");
        assertThat(cases).extracting(Command::text).containsExactly("A=x86_64", "A=aarch64", "exit 1", "echo $A");
        List<Command> groups = commands("(cd /x && make) || { echo failed; exit 1; }");
        assertThat(groups).extracting(Command::name).containsExactly("cd", "make", "echo", "exit");
        assertThat(groups.get(2).separatorBefore()).isEqualTo("||");
        assertThat(commands("! grep -q x /etc/y")).extracting(Command::name).containsExactly("grep");
    }

    @Test
    void sudoAndWrappers() {
        Command c = commands("sudo -u root -E apt-get install -y vim").get(0);
        assertThat(c.name()).isEqualTo("sudo");
        Command e = c.effective();
        assertThat(e.name()).isEqualTo("apt-get");
        assertThat(e.hasFlag("-y")).isTrue();
        assertThat(e.span()).isEqualTo(Span.of(2, 21, 2, 43));
        assertThat(commands("env DEBIAN_FRONTEND=noninteractive nohup time exec apt-get x").get(0).effective().name()).isEqualTo("apt-get");
        Command assign = commands("DEBIAN_FRONTEND=noninteractive /usr/bin/apt-get -qq update").get(0);
        assertThat(assign.name()).isEqualTo("apt-get");
        assertThat(assign.assignments()).extracting(Word::value).containsExactly("DEBIAN_FRONTEND=noninteractive");
        assertThat(assign.nameWord().orElseThrow().value()).isEqualTo("/usr/bin/apt-get");
        assertThat(assign.hasFlag("-q")).isTrue();
        Command ls = commands("ls -la").get(0);
        assertThat(ls.effective()).isSameAs(ls);
    }

    @Test
    void flagValues() {
        Command c = commands("pip install --no-cache-dir --index-url=https://pypi/simple -r requirements.txt -c c.txt pkg").get(0);
        assertThat(c.flagValue("--index-url", "-i")).contains("https://pypi/simple");
        assertThat(c.flagValue("-r", "--requirement")).contains("requirements.txt");
        assertThat(c.flagValue("--missing")).isEmpty();
        assertThat(c.positionals("-r", "-c")).extracting(Word::value).containsExactly("install", "pkg");
        Command dd = commands("tar -- -notaflag").get(0);
        assertThat(dd.hasFlag("-n")).isFalse();
        assertThat(dd.positionals()).extracting(Word::value).containsExactly("-notaflag");
    }

    @Test
    void quotingEscapesAndSubstitutions() {
        List<Command> cs = commands("echo \"a b\" 'c d' $'e\\tf' g\\ h \"$(date +%s) x\" `uname -m` ${HOME:-/x} $(echo \"a)b\")");
        Command echo = cs.get(0);
        assertThat(echo.args()).extracting(Word::value)
                .containsExactly("a b", "c d", "e\tf", "g h", "$(date +%s) x", "`uname -m`", "${HOME:-/x}", "$(echo \"a)b\")");
        assertThat(echo.args().get(0).raw()).isEqualTo("\"a b\"");
        assertThat(echo.args().get(0).quoted()).isTrue();
        assertThat(echo.args().get(4).hasExpansion()).isTrue();
        assertThat(echo.args().get(1).hasExpansion()).isFalse();
        assertThat(cs).hasSize(1);
        assertThat(commands("sh -c 'apt-get update && apt-get install x'").get(0).args().get(1).value())
                .isEqualTo("apt-get update && apt-get install x");
    }

    @Test
    void redirectsAndComments() {
        List<Command> cs = commands("make >/dev/null 2>&1 < in.txt; echo hi >> log # trailing comment");
        assertThat(cs).hasSize(2);
        assertThat(cs.get(0).words()).extracting(Word::value).containsExactly("make");
        assertThat(cs.get(0).redirects()).extracting(Word::value).containsExactly(">/dev/null", "2>&1", "<in.txt");
        assertThat(cs.get(1).words()).extracting(Word::value).containsExactly("echo", "hi");
        assertThat(cs.get(1).separatorBefore()).isEqualTo(";");
        assertThat(commands("a & b").get(1).separatorBefore()).isEqualTo("&");
    }

    @Test
    void heredocBodyNewlinesAndNestedHeredocs() {
        Dockerfile d = parse("FROM a\nRUN <<EOF\nset -eux\ncat > /x <<INNER\nnot a command\nINNER\napt-get update \\\n  && apt-get install -y z\nEOF\n");
        List<Command> cs = d.instructions().get(1).script().commands();
        assertThat(cs).extracting(Command::name).containsExactly("set", "cat", "apt-get", "apt-get");
        assertThat(cs).extracting(Command::separatorBefore).containsExactly("", "\n", "\n", "&&");
        Command last = cs.get(3);
        assertThat(last.span()).isEqualTo(Span.of(8, 6, 8, 26));
    }

    @Test
    void execFormHasNoScriptAndOtherInstructionsNeither() {
        Dockerfile d = parse("FROM a\nRUN [\"apt-get\", \"update\"]\nCMD echo hi\nENTRYPOINT exec nginx\nUSER x\n");
        assertThat(d.instructions().get(1).script()).isNull();
        assertThat(d.instructions().get(2).script().commands().get(0).name()).isEqualTo("echo");
        assertThat(d.instructions().get(3).script().commands().get(0).effective().name()).isEqualTo("nginx");
        assertThat(d.instructions().get(4).script()).isNull();
    }

    @Test
    void scriptHelpers() {
        Script s = parse("FROM a\nRUN apt-get update && sudo apt-get install -y x && echo ok\n").instructions().get(1).script();
        assertThat(s.named("apt-get")).hasSize(2);
        Command first = s.first("apt-get").orElseThrow();
        assertThat(s.next(first).orElseThrow().name()).isEqualTo("sudo");
        assertThat(s.previous(first)).isEmpty();
    }
}
