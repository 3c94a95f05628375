package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Span;
import dev.opsmith.format.dockerfile.ImageRef;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NonRootBasesTest {
    private static boolean nonRoot(String ref, String... extra) {
        return NonRootBases.isNonRoot(ImageRef.parse(ref, ref, Span.of(1, 1, 1, 2)), List.of(extra));
    }

    @Test
    void knownNonRootImages() {
        assertThat(nonRoot("gcr.io/distroless/static-debian12:nonroot")).isTrue();
        assertThat(nonRoot("gcr.io/distroless/java21-debian12:debug-nonroot")).isTrue();
        assertThat(nonRoot("gcr.io/distroless/base:nonroot@sha256:0123abcd")).isTrue();
        assertThat(nonRoot("registry.example.com/base/jre:21-nonroot")).isTrue();
        assertThat(nonRoot("cgr.dev/chainguard/python:latest")).isTrue();
    }

    @Test
    void everythingElseIsAssumedRoot() {
        assertThat(nonRoot("gcr.io/distroless/static-debian12")).isFalse();
        assertThat(nonRoot("gcr.io/distroless/static-debian12:latest")).isFalse();
        assertThat(nonRoot("debian:bookworm-slim")).isFalse();
        assertThat(nonRoot("scratch")).isFalse();
        assertThat(nonRoot("example.com/nonroot/app:1.0")).isFalse();
        assertThat(nonRoot("$BASE")).isFalse();
    }

    @Test
    void configuredPatterns() {
        assertThat(nonRoot("mcr.microsoft.com/dotnet/runtime:8.0-jammy-chiseled", "mcr.microsoft.com/dotnet/*:*-chiseled"))
                .isTrue();
        assertThat(nonRoot("mcr.microsoft.com/dotnet/runtime:8.0-jammy@sha256:ab", "mcr.microsoft.com/dotnet/*:*-chiseled"))
                .isFalse();
        assertThat(nonRoot("bitnami/postgresql:16@sha256:ab", "bitnami/*")).isTrue();
    }

    @Test
    void glob() {
        assertThat(NonRootBases.glob("a*c", "abbbc")).isTrue();
        assertThat(NonRootBases.glob("a*c", "abbbd")).isFalse();
        assertThat(NonRootBases.glob("*", "")).isTrue();
        assertThat(NonRootBases.glob("a*b*c", "axxbyyc")).isTrue();
    }
}
