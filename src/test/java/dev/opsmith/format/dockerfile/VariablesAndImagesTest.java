package dev.opsmith.format.dockerfile;

import dev.opsmith.core.Span;
import org.junit.jupiter.api.Test;

import static dev.opsmith.format.dockerfile.DockerfileParserTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

class VariablesAndImagesTest {

    @Test
    void expansionForms() {
        Dockerfile d = parse("FROM a\nARG V=1.2\nENV E=\"\" N=node\nRUN x\n");
        Instruction run = d.instructions().get(3);
        assertThat(d.expand(run, "$V ${V} ${V:-d} ${V-d} ${V:+alt} ${V+alt}")).isEqualTo("1.2 1.2 1.2 1.2 alt alt");
        assertThat(d.expand(run, "${E:-d}|${E-d}|${E:+alt}|${E+alt}")).isEqualTo("d|||alt");
        assertThat(d.expand(run, "$UNKNOWN ${UNKNOWN:-d} ${UNKNOWN}x $ \\$V $1")).isEqualTo("$UNKNOWN ${UNKNOWN:-d} ${UNKNOWN}x $ $V $1");
        assertThat(d.expand(run, "${V:+${N}-v}")).isEqualTo("node-v");
        assertThat(d.expand(run, "${V")).isEqualTo("${V");
        assertThat(d.expand(run, "${V%%.*}")).isEqualTo("${V%%.*}");
    }

    @Test
    void argScoping() {
        Dockerfile d = parse("ARG BASE=alpine:3.19\nARG TAG\nARG FULL=${BASE}-x\nFROM ${BASE}\nRUN echo\nARG BASE\nRUN echo\nARG TAG\nENV BASE=override\nRUN echo\n");
        Instruction from = d.instructions().get(3);
        assertThat(d.variablesAt(from)).containsEntry("BASE", "alpine:3.19").containsEntry("FULL", "alpine:3.19-x").doesNotContainKey("TAG");
        assertThat(d.variablesAt(d.instructions().get(4))).isEmpty();
        assertThat(d.variablesAt(d.instructions().get(6))).containsOnlyKeys("BASE");
        assertThat(d.variablesAt(d.instructions().get(9))).containsEntry("BASE", "override").doesNotContainKey("TAG");
        assertThat(d.expand(d.instructions().get(4), "$BASE")).isEqualTo("$BASE");
        assertThat(d.expand(d.instructions().get(6), "$BASE")).isEqualTo("alpine:3.19");
    }

    @Test
    void envSeesPreviousValuesAndIsInheritedByDerivedStages() {
        Dockerfile d = parse("FROM a AS base\nENV P=/a\nENV P=$P:/b Q=$P\nRUN x\nFROM base\nRUN y\nFROM other\nRUN z\n");
        assertThat(d.variablesAt(d.instructions().get(3))).containsEntry("P", "/a:/b").containsEntry("Q", "/a");
        assertThat(d.variablesAt(d.instructions().get(5))).containsEntry("P", "/a:/b");
        assertThat(d.variablesAt(d.instructions().get(7))).isEmpty();
    }

    @Test
    void backtickEscapeInExpansion() {
        Dockerfile d = parse("# escape=`\nFROM a\nENV X=1\nRUN y\n");
        assertThat(d.expand(d.instructions().get(2), "`$X $X")).isEqualTo("$X 1");
    }

    @Test
    void imageRefs() {
        ImageRef full = ImageRef.parse("x", "registry.example.com:5000/team/app:1.2@sha256:abc", Span.of(1, 1, 1, 2));
        assertThat(full.registry()).isEqualTo("registry.example.com:5000");
        assertThat(full.repository()).isEqualTo("team/app");
        assertThat(full.tag()).isEqualTo("1.2");
        assertThat(full.digest()).isEqualTo("sha256:abc");
        assertThat(full.hasDigest()).isTrue();
        ImageRef plain = ImageRef.parse("ubuntu", "ubuntu", Span.of(1, 1, 1, 2));
        assertThat(plain.registry()).isNull();
        assertThat(plain.tag()).isNull();
        assertThat(plain.repository()).isEqualTo("ubuntu");
        ImageRef local = ImageRef.parse("x", "localhost:5000/app", Span.of(1, 1, 1, 2));
        assertThat(local.registry()).isEqualTo("localhost:5000");
        assertThat(local.tag()).isNull();
        ImageRef hub = ImageRef.parse("x", "library/nginx:latest", Span.of(1, 1, 1, 2));
        assertThat(hub.registry()).isNull();
        assertThat(hub.repository()).isEqualTo("library/nginx");
        assertThat(hub.nameWithTag()).isEqualTo("library/nginx:latest");
        assertThat(ImageRef.parse("SCRATCH", "SCRATCH", Span.of(1, 1, 1, 2)).isScratch()).isTrue();
    }

    @Test
    void fromImagesResolvedFromGlobalArgs() {
        Dockerfile d = parse("ARG REG=ghcr.io\nARG VERSION\nFROM ${REG}/org/app:${VERSION} AS b\nFROM $REG/x@sha256:0123\n");
        ImageRef a = d.stages().get(0).image();
        assertThat(a.text()).isEqualTo("${REG}/org/app:${VERSION}");
        assertThat(a.resolved()).isEqualTo("ghcr.io/org/app:${VERSION}");
        assertThat(a.hasUnresolvedVariable()).isTrue();
        assertThat(a.registry()).isEqualTo("ghcr.io");
        assertThat(a.span()).isEqualTo(Span.of(3, 6, 3, 31));
        ImageRef b = d.stages().get(1).image();
        assertThat(b.hasUnresolvedVariable()).isFalse();
        assertThat(b.digest()).isEqualTo("sha256:0123");
        assertThat(b.tag()).isNull();
    }
}
