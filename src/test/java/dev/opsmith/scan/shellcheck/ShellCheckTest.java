package dev.opsmith.scan.shellcheck;

import dev.opsmith.core.ExternalFinding;
import dev.opsmith.core.Finding;
import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.DockerfileParser;
import dev.opsmith.scan.FileSource;
import dev.opsmith.core.ScanResult;
import dev.opsmith.scan.TestScans;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** ShellCheck over real Dockerfiles: positions mapped back exactly, declared names, dialects. Needs shellcheck. */
class ShellCheckTest {
    private static final Optional<ShellCheck> FOUND = ShellCheck.locate();
    private static ShellCheck shellCheck;

    @BeforeEach
    void needsShellCheck() {
        Assumptions.assumeTrue(FOUND.isPresent(),
                "shellcheck not installed: these tests run it (apt-get install shellcheck)");
        shellCheck = FOUND.get();
    }

    private static List<ExternalFinding> check(String dockerfile) throws Exception {
        return shellCheck.analyse(parse(dockerfile));
    }

    private static Dockerfile parse(String dockerfile) throws Exception {
        return DockerfileParser.parse(SourceFile.of("Dockerfile", dockerfile));
    }

    private static List<String> codes(List<ExternalFinding> findings) {
        return findings.stream().map(ExternalFinding::code).toList();
    }

    private static ExternalFinding only(List<ExternalFinding> findings, String code) {
        List<ExternalFinding> of = findings.stream().filter(f -> f.code().equals(code)).toList();
        assertThat(of).as(code + " in " + findings).hasSize(1);
        return of.get(0);
    }

    private static String text(String dockerfile, ExternalFinding f) {
        return SourceFile.of("Dockerfile", dockerfile).text(f.span());
    }

    @Test
    void recordsTheVersionItReports() {
        assertThat(shellCheck.version()).matches("v?\\d+\\.\\d+.*");
        assertThat(shellCheck.tool()).isEqualTo("shellcheck");
    }

    @Test
    void mapsAWordOnAContinuationLineExactly() throws Exception {
        String df = "FROM alpine:3.20\n"
                + "RUN echo start \\\n"
                + "# Docker drops this comment line\n"
                + "\n"
                + "\t&& cp $src_dir /dst \\\n"
                + "    && echo done\n";
        List<ExternalFinding> found = check(df);
        ExternalFinding quote = only(found, "SC2086");
        assertThat(quote.span()).isEqualTo(Span.of(5, 8, 5, 16));
        assertThat(text(df, quote)).isEqualTo("$src_dir");
        assertThat(quote.level()).isEqualTo("info");
        assertThat(quote.message()).isEqualTo("Double quote to prevent globbing and word splitting.");
        assertThat(only(found, "SC2154").span()).isEqualTo(Span.of(5, 8, 5, 16));
    }

    @Test
    void mapsARegionThatSpansContinuationLines() throws Exception {
        String df = "FROM debian:bookworm\n"
                + "RUN [[ -f /etc/ledger.conf \\\n"
                + "      ]] && echo ok\n";
        ExternalFinding f = only(check(df), "SC3010");
        assertThat(f.span()).isEqualTo(Span.of(2, 5, 3, 9));
        assertThat(text(df, f)).isEqualTo("[[ -f /etc/ledger.conf \\\n      ]]");
    }

    @Test
    void mapsFlagsAwayAndColumnsAfterThem() throws Exception {
        String df = "FROM alpine:3.20\n"
                + "RUN --mount=type=cache,target=/root/.cache cd /srv && ls $opts\n";
        ExternalFinding f = only(check(df), "SC2154");
        assertThat(text(df, f)).isEqualTo("$opts");
        assertThat(f.span()).isEqualTo(Span.of(2, 58, 2, 63));
    }

    @Test
    void countsColumnsInUtf16AfterCharactersOutsideTheBasicPlane() throws Exception {
        String df = "FROM alpine:3.20\nRUN echo \"\uD83D\uDCB3 \u20AC\" $amount\n";
        ExternalFinding f = only(check(df), "SC2154");
        assertThat(text(df, f)).isEqualTo("$amount");
        assertThat(f.span()).isEqualTo(Span.of(2, 17, 2, 24));
    }

    @Test
    void mapsHeredocBodyLinesIncludingStrippedTabs() throws Exception {
        String df = "FROM alpine:3.20\n"
                + "RUN <<-EOF\n"
                + "\t\techo start\n"
                + "\t\tcd /srv/ledger\n"
                + "\t\tmake\n"
                + "\tEOF\n";
        ExternalFinding f = only(check(df), "SC2164");
        assertThat(f.span()).isEqualTo(Span.of(4, 3, 4, 17));
        assertThat(text(df, f)).isEqualTo("cd /srv/ledger");
    }

    @Test
    void checksAShellReadingAHeredocOnceAsThatShell() throws Exception {
        String df = "FROM debian:bookworm\n"
                + "RUN bash <<EOF\n"
                + "[[ -d /srv ]] && cd /srv\n"
                + "echo $undefined_name\n"
                + "EOF\n";
        List<ExternalFinding> found = check(df);
        assertThat(codes(found)).doesNotContain("SC3010"); // bash reads the body
        ExternalFinding f = only(found, "SC2154"); // reported once, not by the outer script too
        assertThat(f.span()).isEqualTo(Span.of(4, 6, 4, 21));
    }

    @Test
    void usesTheShebangOfAHeredocBody() throws Exception {
        String bash = "FROM debian:bookworm\nRUN <<EOF\n#!/bin/bash\n[[ -d /srv ]] && echo yes\nEOF\n";
        String sh = "FROM debian:bookworm\nRUN <<EOF\n#!/bin/sh\n[[ -d /srv ]] && echo yes\nEOF\n";
        assertThat(check(bash)).isEmpty();
        assertThat(only(check(sh), "SC3010").span()).isEqualTo(Span.of(4, 1, 4, 14));
    }

    @Test
    void skipsHeredocsOfOtherInterpreters() throws Exception {
        String df = "FROM python:3.12\nRUN <<EOF\n#!/usr/bin/env python3\nprint($x)\nEOF\n";
        assertThat(check(df)).isEmpty();
    }

    @Test
    void followsTheStageShell() throws Exception {
        String df = "FROM debian:bookworm AS base\n"
                + "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
                + "RUN [[ -d /srv ]] && echo base\n"
                + "FROM base AS app\n"
                + "RUN [[ -d /srv ]] && echo inherited\n"
                + "FROM debian:bookworm\n"
                + "RUN [[ -d /srv ]] && echo plain\n";
        List<ExternalFinding> found = check(df);
        assertThat(found).extracting(f -> f.code() + "@" + f.span().line()).containsExactly("SC3010@7");
    }

    @Test
    void skipsPowerShellAndExecForm() throws Exception {
        String df = "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                + "RUN echo %PATH% $x\n"
                + "SHELL [\"powershell\", \"-Command\"]\n"
                + "RUN Write-Host $env:PATH $x\n"
                + "FROM alpine\n"
                + "RUN [\"sh\", \"-c\", \"echo $x\"]\n";
        assertThat(check(df)).isEmpty();
    }

    @Test
    void argAndEnvNamesInScopeCountAsSet() throws Exception {
        String df = "ARG region\n"
                + "FROM alpine:3.20 AS base\n"
                + "ARG region\n"
                + "ARG build_id\n"
                + "ENV ledger_home=/srv/ledger\n"
                + "RUN echo \"${build_id} ${ledger_home} ${region} ${http_proxy:-}\"\n"
                + "RUN --mount=type=secret,id=token,env=api_token echo \"${api_token}\"\n"
                + "FROM base\n"
                + "RUN echo \"${ledger_home}\" \"${build_id}\"\n";
        List<ExternalFinding> found = check(df);
        // ENV is inherited by a stage built on another; ARG is not
        assertThat(found).extracting(f -> f.code() + "@" + f.span().line() + " " + text(df, f))
                .containsExactly("SC2154@9 ${build_id}");
    }

    @Test
    void aGlobalArgIsNotInScopeUntilRedeclared() throws Exception {
        String df = "ARG region=eu\nFROM alpine:3.20\nRUN echo \"$region\"\n";
        assertThat(codes(check(df))).containsExactly("SC2154");
    }

    @Test
    void checksOnbuildRun() throws Exception {
        String df = "FROM alpine:3.20\nONBUILD RUN cd /srv; make\n";
        ExternalFinding f = only(check(df), "SC2164");
        assertThat(f.span()).isEqualTo(Span.of(2, 13, 2, 20));
    }

    @Test
    void followsTheBacktickEscapeDirective() throws Exception {
        String df = "# escape=`\nFROM alpine:3.20\nRUN echo a `\n  && ls $dir\n";
        ExternalFinding f = only(check(df), "SC2154");
        assertThat(f.span()).isEqualTo(Span.of(4, 9, 4, 13));
    }

    @Test
    void handlesWindowsLineEndings() throws Exception {
        String df = "FROM alpine:3.20\r\nRUN echo a \\\r\n  && ls $dir\r\nRUN <<EOF\r\ncd /srv\r\nEOF\r\n";
        List<ExternalFinding> found = check(df);
        assertThat(codes(found)).doesNotContain("SC1017");
        assertThat(only(found, "SC2154").span()).isEqualTo(Span.of(3, 9, 3, 13));
        assertThat(only(found, "SC2164").span()).isEqualTo(Span.of(5, 1, 5, 8));
    }

    @Test
    void neverReportsTheExcludedCodes() throws Exception {
        String df = "FROM alpine:3.20\nRUN . /etc/os-release && source \"$HOME/.profile\"; echo \"$ID\"\n";
        assertThat(codes(check(df))).doesNotContain("SC1090", "SC1091", "SC2148");
    }

    @Test
    void reportsParseErrorsAtTheirPlace() throws Exception {
        String df = "FROM alpine:3.20\nRUN if [ -f /x ]; then echo x\n";
        List<ExternalFinding> found = check(df);
        assertThat(found).isNotEmpty();
        assertThat(found).allSatisfy(f -> {
            assertThat(f.level()).isEqualTo("error");
            assertThat(f.span().line()).isEqualTo(2);
        });
    }

    @Test
    void aDockerfileWithoutRunStartsNoProcess() throws Exception {
        assertThat(check("FROM alpine:3.20\nCOPY app /app\n")).isEmpty();
    }

    @Test
    void theRuleCarriesCodeAndLevel(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Dockerfile");
        Files.writeString(file, "FROM alpine:3.20\nARG dest\nRUN cp /build/app.jar $dest\n");
        ScanResult result = TestScans.scan(TestScans.options(dir, List.of(file), Set.of("DF900"),
                List.of(shellCheck), FileSource.DISK));
        assertThat(result.externalTools()).containsEntry("shellcheck", shellCheck.version());
        assertThat(result.findings()).hasSize(1);
        Finding f = result.findings().get(0);
        assertThat(f.ruleId()).isEqualTo("DF900");
        assertThat(f.message()).isEqualTo("SC2086: Double quote to prevent globbing and word splitting.");
        assertThat(f.properties()).containsEntry("code", "SC2086").containsEntry("level", "info");
        assertThat(f.span()).isEqualTo(Span.of(3, 23, 3, 28));
    }

    @Test
    void aHadolintPragmaWaivesOneCode(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Dockerfile");
        Files.writeString(file, "FROM alpine:3.20\n# hadolint ignore=SC2086\nRUN cd /srv; cp a $undefined_dest\n");
        ScanResult result = TestScans.scan(TestScans.options(dir, List.of(file), Set.of("DF900"),
                List.of(shellCheck), FileSource.DISK));
        assertThat(result.findings()).filteredOn(x -> !x.suppressed())
                .extracting(x -> x.properties().get("code")).containsExactlyInAnyOrder("SC2164", "SC2154");
    }
}
