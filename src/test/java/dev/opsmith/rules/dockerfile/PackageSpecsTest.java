package dev.opsmith.rules.dockerfile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Version-pin syntax of each package manager, as the package-manager rules read it. */
class PackageSpecsTest {

    @ParameterizedTest
    @ValueSource(strings = {"flask==3.0.3", "gunicorn~=22.0", "requests[socks]>=2.32,<3", "pkg!=1.0", "pkg===1.0",
            ".", "./src", "/wheels/app-1.0-py3-none-any.whl", "dist/ledger-1.4.0.tar.gz", "app.zip",
            "https://files.example.com/swift-mt-2.1.0.tar.gz#sha256=4c1f",
            "git+https://github.com/example/iban.git@v1.2.0#egg=iban",
            "git+ssh://git@github.com/example/iban.git@3f2a9c1",
            "sepa-tools @ git+https://github.com/example/sepa-tools.git@3f2a9c1",
            "sepa-tools@git+https://github.com/example/sepa-tools.git@3f2a9c1",
            "foo[bar] @ https://example.com/foo-1.0.tar.gz", "flask==3.0.3; python_version >= '3.8'"})
    void pipPinned(String spec) {
        assertThat(Pip.pinned(spec)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"flask", "requests[socks]", "git+https://github.com/example/iban.git",
            "git+ssh://git@github.com/example/iban.git", "git+https://github.com/example/iban.git#egg=iban",
            "sepa-tools @ git+https://github.com/example/sepa-tools.git"})
    void pipUnpinned(String spec) {
        assertThat(Pip.pinned(spec)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"express@4.19.2", "express@^4", "@types/node@20", "a@npm:b@1.0.0", "./pkg", "file:../x",
            "/opt/x", "https://r.example.com/x-1.0.tgz", "x-1.0.tar.gz", "github:org/repo#v1.2.0",
            "org/repo#3f2a9c1", "git+https://github.com/org/repo.git#3f2a9c1", "gitmoji-cli@9.0.0"})
    void npmPinned(String spec) {
        assertThat(Npm.pinned(spec)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"express", "express@latest", "@types/node", "org/repo", "github:org/repo",
            "git+https://github.com/org/repo.git", "gitmoji-cli", "pm2@"})
    void npmUnpinned(String spec) {
        assertThat(Npm.pinned(spec)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nginx-1.20.1", "openssl-3.0.7-27.el9", "java-17-openjdk-headless-1:17.0.12.0.7-2.el9.x86_64",
            "python3 >= 3.9", "/tmp/x.rpm", "https://repo.example.com/x.rpm", "@core", "@nodejs:18", "nodejs:18", "foo-2-1",
            "perl(JSON::PP)", "/usr/bin/jq"})
    void rpmPinned(String spec) {
        assertThat(Rpm.rpmPinned(spec)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nginx", "java-17-openjdk-headless", "python3-devel", "gcc-c++", "python3.11", "openssl-3",
            "gcc-toolset-12"})
    void rpmUnpinned(String spec) {
        assertThat(Rpm.rpmPinned(spec)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"curl=8.6.0", "openssl-3>=3.1.4", "tar-1.34-150000.3.34.1", "pattern:devel_basis",
            "/tmp/agent.rpm"})
    void zypperPinned(String spec) {
        assertThat(ZypperPackageVersionNotPinned.pinned(spec)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"curl", "package:jq", "openssl-3"})
    void zypperUnpinned(String spec) {
        assertThat(ZypperPackageVersionNotPinned.pinned(spec)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"curl=7.88.1-10+deb12u8", "ca-certificates=2023*", "tzdata/bookworm-backports",
            "./local.deb", "/tmp/agent_2.4.1_amd64.deb"})
    void aptPinned(String spec) {
        assertThat(AptPackageVersionNotPinned.pinned(spec)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"curl=8.9.1-r2", "ca-certificates~20240705", "python3>=3.12", "python3<4",
            "/tmp/agent-1.2.0-r0.apk"})
    void apkPinned(String spec) {
        assertThat(ApkPackageVersionNotPinned.pinned(spec)).isTrue();
        assertThat(ApkPackageVersionNotPinned.pinned("curl")).isFalse();
        assertThat(AptPackageVersionNotPinned.pinned("curl")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bundler:2.5.16", "nokogiri:~> 1.16", "./vendor/x-1.0.0.gem", "x-1.0.0.gem"})
    void gemPinned(String spec) {
        assertThat(GemPackageVersionNotPinned.pinned(spec)).isTrue();
        assertThat(GemPackageVersionNotPinned.pinned("bundler")).isFalse();
    }
}
