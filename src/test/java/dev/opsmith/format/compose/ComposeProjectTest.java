package dev.opsmith.format.compose;

import dev.opsmith.core.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComposeProjectTest {

    private static ComposeProject one(String text) throws ComposeParseException {
        return ComposeProject.parse(SourceFile.of("compose.yaml", text));
    }

    private static ComposeService web(ComposeProject p) {
        return p.service("web").orElseThrow();
    }

    @Test
    void shortAndLongPorts() throws Exception {
        ComposeProject p = one("""
                services:
                  web:
                    image: nginx:1.27
                    ports:
                      - "8080:80"
                      - 127.0.0.1:8443:443/tcp
                      - "[::1]:5353:53/udp"
                      - 9000
                      - "127.0.0.1::9090"
                      - target: 22
                        published: "2222"
                        host_ip: 0.0.0.0
                        protocol: tcp
                """);
        List<PortMapping> ports = web(p).ports();
        assertThat(ports).extracting(PortMapping::target).containsExactly("80", "443", "53", "9000", "9090", "22");
        assertThat(ports.get(0).published()).contains("8080");
        assertThat(ports.get(0).hostIp()).isEmpty();
        assertThat(ports.get(0).allInterfaces()).isTrue();
        assertThat(ports.get(1).hostIp()).contains("127.0.0.1");
        assertThat(ports.get(1).allInterfaces()).isFalse();
        assertThat(ports.get(2).hostIp()).contains("::1");
        assertThat(ports.get(2).protocol()).isEqualTo("udp");
        assertThat(ports.get(3).published()).isEmpty();
        assertThat(ports.get(4).hostIp()).contains("127.0.0.1");
        assertThat(ports.get(4).published()).isEmpty();
        assertThat(ports.get(5).published()).contains("2222");
        assertThat(ports.get(5).hostIp()).contains("0.0.0.0");
        assertThat(ports.get(5).span().line()).isEqualTo(10);
        assertThat(ports.get(0).span().line()).isEqualTo(5);
        assertThat(ports.get(0).local()).isTrue();
    }

    @Test
    void shortAndLongVolumes() throws Exception {
        ComposeProject p = one("""
                services:
                  web:
                    volumes:
                      - /var/run/docker.sock:/var/run/docker.sock:ro
                      - ./data:/data
                      - cache:/cache:rw,z
                      - /scratch
                      - type: bind
                        source: /etc
                        target: /host-etc
                        read_only: true
                      - type: tmpfs
                        target: /tmp
                """);
        List<VolumeMount> v = web(p).volumes();
        assertThat(v).extracting(VolumeMount::type).containsExactly("bind", "bind", "volume", "volume", "bind", "tmpfs");
        assertThat(v).extracting(VolumeMount::target).containsExactly("/var/run/docker.sock", "/data", "/cache",
                "/scratch", "/host-etc", "/tmp");
        assertThat(v.get(0).readOnly()).isTrue();
        assertThat(v.get(0).source()).contains("/var/run/docker.sock");
        assertThat(v.get(1).readOnly()).isFalse();
        assertThat(v.get(2).source()).contains("cache");
        assertThat(v.get(3).source()).isEmpty();
        assertThat(v.get(4).readOnly()).isTrue();
        assertThat(v.get(5).source()).isEmpty();
    }

    @Test
    void environmentListAndMapForms() throws Exception {
        ComposeProject p = one("""
                services:
                  web:
                    environment:
                      - MODE=prod
                      - FROM_SHELL
                      - EMPTY=
                  db:
                    environment:
                      POSTGRES_DB: ledger
                      PORT: 5432
                      FROM_SHELL:
                    labels:
                      com.example.team: payments
                """);
        List<EnvVar> env = web(p).environment();
        assertThat(env).extracting(EnvVar::name).containsExactly("MODE", "FROM_SHELL", "EMPTY");
        assertThat(env.get(0).value()).contains("prod");
        assertThat(env.get(1).value()).isEmpty();
        assertThat(env.get(2).value()).contains("");
        assertThat(env.get(0).span().line()).isEqualTo(4);
        List<EnvVar> db = p.service("db").orElseThrow().environment();
        assertThat(db).extracting(EnvVar::name).containsExactly("POSTGRES_DB", "PORT", "FROM_SHELL");
        assertThat(db.get(1).value()).contains("5432");
        assertThat(db.get(2).value()).isEmpty();
        assertThat(db.get(0).entrySpan().line()).isEqualTo(9);
        assertThat(p.service("db").orElseThrow().labels()).extracting(EnvVar::name).containsExactly("com.example.team");
    }

    @Test
    void scalarsReadAsCompose() throws Exception {
        ComposeProject p = one("""
                x-common: &common
                  restart: always
                  read_only: true
                services:
                  x-not-a-service: {}
                  web:
                    <<: *common
                    read_only: "false"
                    privileged: yes
                    user: 0644
                    cap_add: NET_ADMIN
                """);
        assertThat(p.services()).extracting(ComposeService::name).containsExactly("web");
        ComposeService web = web(p);
        assertThat(web.restart().resolved()).contains("always"); // from the merge key
        assertThat(web.readOnly().bool()).contains(false); // the explicit key wins; a string is cast
        assertThat(web.privileged().bool()).contains(true);
        assertThat(web.user().resolved()).contains("0644"); // YAML 1.2: text, not octal
        assertThat(web.capAdd()).hasSize(1);
        assertThat(web.get("missing").present()).isFalse();
        assertThat(web.get("missing").span()).isEqualTo(web.node().span());
        assertThat(web.node().path("deploy", "resources", "limits", "memory").present()).isFalse();
    }

    @Test
    void topLevelMustBeAMapping() {
        assertThatThrownBy(() -> one("- a\n- b\n")).isInstanceOf(ComposeParseException.class)
                .hasMessageContaining("top level must be a mapping");
        assertThatThrownBy(() -> one("services: [\n")).isInstanceOf(ComposeParseException.class)
                .hasMessageStartingWith("not valid YAML");
    }

    private static final String BASE = """
            services:
              web:
                image: registry.example.com/web:1.0
                command: ["serve", "--port", "80"]
                privileged: true
                ports:
                  - "8080:80"
                volumes:
                  - data:/data
                environment:
                  - MODE=base
                  - KEEP=1
                healthcheck:
                  test: ["CMD", "curl", "-f", "http://localhost"]
                  interval: 30s
              db:
                image: postgres:16
                ports:
                  - "5432:5432"
            """;
    private static final String OVERRIDE = """
            services:
              web:
                command: ["serve", "--debug"]
                read_only: true
                ports:
                  - "8443:443"
                volumes:
                  - other:/data
                environment:
                  MODE: override
                healthcheck:
                  test: ["CMD", "true"]
              db:
                ports: !reset []
              worker:
                image: registry.example.com/worker:1.0
            """;

    private static ComposeProject merged(boolean scanBase) throws ComposeParseException {
        SourceFile base = SourceFile.of("app/compose.yaml", BASE);
        SourceFile override = SourceFile.of("app/compose.override.yaml", OVERRIDE);
        return ComposeProject.parse(scanBase ? base : override, List.of(base, override), Optional.empty());
    }

    @Test
    void overrideMergesWithOrigins() throws Exception {
        ComposeProject p = merged(true);
        assertThat(p.files()).extracting(ComposeFile::relativePath).containsExactly("app/compose.yaml", "app/compose.override.yaml");
        assertThat(p.services()).extracting(ComposeService::name).containsExactly("web", "db", "worker");
        ComposeService web = web(p);
        // scalars: the later file wins and knows where it was written
        assertThat(web.readOnly().bool()).contains(true);
        assertThat(web.readOnly().local()).isFalse();
        assertThat(web.readOnly().file().relativePath()).isEqualTo("app/compose.override.yaml");
        assertThat(web.privileged().local()).isTrue();
        assertThat(web.privileged().span().line()).isEqualTo(5);
        // sequences append; unique resources merge by key
        assertThat(web.ports()).extracting(PortMapping::target).containsExactly("80", "443");
        assertThat(web.ports()).extracting(PortMapping::local).containsExactly(true, false);
        assertThat(web.volumes()).hasSize(1);
        assertThat(web.volumes().get(0).source()).contains("other");
        // command and healthcheck.test are replaced, not appended
        assertThat(web.command().items()).extracting(n -> n.text().orElse("")).containsExactly("serve", "--debug");
        assertThat(web.healthcheck().get("test").items()).hasSize(2);
        assertThat(web.healthcheck().get("interval").resolved()).contains("30s");
        // environment merges by name across list and mapping forms
        assertThat(web.environment()).extracting(EnvVar::name).containsExactly("MODE", "KEEP");
        assertThat(web.environment().get(0).value()).contains("override");
        assertThat(web.environment().get(0).local()).isFalse();
        // !reset removes
        assertThat(p.service("db").orElseThrow().ports()).isEmpty();
        // a service is at home in the first file that defines it
        assertThat(web.local()).isTrue();
        assertThat(p.service("worker").orElseThrow().local()).isFalse();
        assertThat(p.service("worker").orElseThrow().definedInScannedFile()).isFalse();
    }

    @Test
    void overrideScannedSeesTheBase() throws Exception {
        ComposeProject p = merged(false);
        ComposeService web = web(p);
        assertThat(web.local()).isFalse(); // missing attributes of web are reported in the base
        assertThat(web.definedInScannedFile()).isTrue();
        assertThat(web.privileged().bool()).contains(true);
        assertThat(web.privileged().local()).isFalse(); // the base reports it
        assertThat(web.readOnly().local()).isTrue();
        assertThat(web.image().local()).isFalse();
        assertThat(p.service("worker").orElseThrow().local()).isTrue();
    }

    @Test
    void overrideTagReplacesASequence() throws Exception {
        SourceFile base = SourceFile.of("compose.yaml", "services:\n  web:\n    ports:\n      - \"8080:80\"\n");
        SourceFile override = SourceFile.of("compose.override.yaml",
                "services:\n  web:\n    ports: !override\n      - \"8443:443\"\n");
        ComposeProject p = ComposeProject.parse(base, List.of(base, override), Optional.empty());
        assertThat(web(p).ports()).extracting(PortMapping::target).containsExactly("443");
    }

    @Test
    void interpolationFromDotEnv() throws Exception {
        SourceFile f = SourceFile.of("compose.yaml", """
                services:
                  web:
                    image: "registry.example.com/web:${TAG}"
                    privileged: ${PRIVILEGED:-false}
                    network_mode: ${NETWORK}
                    ports:
                      - "${HOST_PORT}:80"
                      - "${BIND_IP:-127.0.0.1}:${UNKNOWN}:81"
                    environment:
                      DB_PASSWORD: ${DB_PASSWORD}
                """);
        ComposeProject p = ComposeProject.parse(f, List.of(f), Optional.of("""
                # versions
                TAG=1.4.2
                export HOST_PORT=9090
                DB_PASSWORD='s3cr3t'
                """));
        ComposeService web = web(p);
        assertThat(web.image().resolved()).contains("registry.example.com/web:1.4.2");
        assertThat(web.privileged().bool()).contains(false);
        assertThat(web.networkMode().isUnresolved()).isTrue();
        assertThat(web.networkMode().resolved()).isEmpty();
        assertThat(web.networkMode().text()).contains("${NETWORK}");
        assertThat(web.ports().get(0).published()).contains("9090");
        assertThat(web.ports().get(0).unresolved()).isFalse();
        assertThat(web.ports().get(1).unresolved()).isTrue();
        assertThat(web.environment().get(0).value()).contains("s3cr3t");
        assertThat(p.interpolation().toString()).doesNotContain("s3cr3t");
    }

    @Test
    void mergeOrderFollowsCompose() {
        assertThat(ComposeFiles.mergeOrder("compose.yaml", n -> n.equals("compose.override.yaml")))
                .containsExactly("compose.yaml", "compose.override.yaml");
        assertThat(ComposeFiles.mergeOrder("compose.override.yml", n -> n.equals("docker-compose.yml")))
                .containsExactly("docker-compose.yml", "compose.override.yml");
        // compose.yaml wins over docker-compose.yml: the latter is not read with the override
        assertThat(ComposeFiles.mergeOrder("docker-compose.yml",
                n -> n.equals("compose.yaml") || n.equals("compose.override.yaml"))).containsExactly("docker-compose.yml");
        assertThat(ComposeFiles.mergeOrder("docker-compose.prod.yml", n -> n.equals("docker-compose.yml")))
                .containsExactly("docker-compose.yml", "docker-compose.prod.yml"); // an overlay, on the base alone
        assertThat(ComposeFiles.mergeOrder("docker-compose.prod.yml", n -> false)).containsExactly("docker-compose.prod.yml");
        assertThat(ComposeFiles.mergeOrder("app.compose.yaml", n -> true)).containsExactly("app.compose.yaml");
        assertThat(ComposeFiles.mergeOrder("docker-compose.yml", n -> false)).containsExactly("docker-compose.yml");
    }
}
