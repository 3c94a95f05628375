package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Finding;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.format.kubernetes.schema.KubeVersion;
import dev.opsmith.rules.Rule;
import dev.opsmith.scan.FileSource;
import dev.opsmith.scan.TestScans;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Data and messages of the security-context family; line expectations live in the fixtures. */
class SecurityContextRulesTest {


    private static Map<String, RuleMeta> catalog() {
        return KubernetesRules.all().stream().map(Rule::meta)
                .collect(Collectors.toMap(RuleMeta::id, m -> m));
    }

    @Test
    void pssProfilesAreDisjointAndNamedInEveryDescription() {
        assertThat(PodSecurityStandards.BASELINE).doesNotContainAnyElementsOf(PodSecurityStandards.RESTRICTED_ONLY);
        Map<String, RuleMeta> catalog = catalog();
        for (String id : PodSecurityStandards.RESTRICTED_ONLY) {
            assertThat(catalog).as(id).containsKey(id);
            assertThat(catalog.get(id).description()).as(id).contains("restricted profile only");
        }
        for (String id : PodSecurityStandards.BASELINE) {
            if (id.compareTo("K8S040") >= 0) continue; // the host family states its own profiles
            assertThat(catalog).as(id).containsKey(id);
            assertThat(catalog.get(id).description()).as(id).contains("baseline profile");
        }
        for (RuleMeta meta : catalog.values()) {
            if (meta.id().compareTo("K8S040") >= 0) continue;
            boolean pss = PodSecurityStandards.BASELINE.contains(meta.id())
                    || PodSecurityStandards.RESTRICTED_ONLY.contains(meta.id());
            assertThat(meta.description().startsWith("Pod Security Standards control")).as(meta.id()).isEqualTo(pss);
        }
    }

    @Test
    void capabilitySetsFollowPss() {
        assertThat(Capabilities.BASELINE_ALLOWED).hasSize(13).doesNotContainAnyElementsOf(Capabilities.DANGEROUS);
        assertThat(Capabilities.BASELINE_ALLOWED).containsAll(Capabilities.RESTRICTED_ALLOWED);
        assertThat(Capabilities.normalise(" cap_Sys_Admin ")).isEqualTo("SYS_ADMIN");
    }

    @Test
    void safeSysctlsGrowWithTheKubernetesVersion() {
        assertThat(UnsafeSysctl.safeFor(new KubeVersion(1, 26))).hasSize(5);
        assertThat(UnsafeSysctl.safeFor(new KubeVersion(1, 27))).hasSize(6);
        assertThat(UnsafeSysctl.safeFor(new KubeVersion(1, 29))).hasSize(10);
        assertThat(UnsafeSysctl.safeFor(KubeVersion.CURRENT)).hasSize(12).contains("net.ipv4.tcp_wmem");
    }

    @Test
    void seccompReportsTheContainersWithoutAProfileOnce() {
        List<Finding> findings = KubernetesFixtures.scan("K8S015", "noncompliant.yaml");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("container \"vault\"").doesNotContain("tokenizer");
    }

    @Test
    void runAsNonRootNamesTheContainer() {
        List<Finding> findings = KubernetesFixtures.scan("K8S010", "noncompliant.yaml");
        assertThat(findings).extracting(Finding::message).anySatisfy(m -> assertThat(m)
                .startsWith("container \"ledger\" of Deployment ledger is not required to run as non-root"));
    }

    @Test
    void everyFindingNamesItsObjectAndSaysWhatToDo() throws java.io.IOException {
        for (String id : familyIds()) {
            try (var files = java.nio.file.Files.list(KubernetesFixtures.FOLDER.resolve(id))) {
                for (Path f : files.filter(p -> p.getFileName().toString().startsWith("noncompliant")).sorted().toList()) {
                    List<Finding> findings = TestScans.scan(new dev.opsmith.scan.ScanOptions(
                            f.getParent().toAbsolutePath(), List.of(f.toAbsolutePath()), f.getParent().toAbsolutePath(),
                            Set.of(id), Set.of(), Set.of(), Map.of(),
                            Map.of(id, settings(f)),
                            new dev.opsmith.scan.Excludes(List.of()), dev.opsmith.core.Severity.HIGH,
                            dev.opsmith.core.Severity.INFO, Map.of(), List.of(), true, List.of(), "", 1,
                            FileSource.DISK)).findings();
                    assertThat(findings).as(f.toString()).isNotEmpty();
                    for (Finding finding : findings) {
                        if (Boolean.getBoolean("opsmith.printFindings")) {
                            System.out.println(id + " " + f.getFileName() + ":" + finding.span().line() + ": "
                                    + finding.message());
                        }
                        assertThat(finding.message()).as(f + ":" + finding.span().line())
                                .containsPattern("(Pod|Deployment|StatefulSet|DaemonSet|CronJob) ")
                                .containsPattern(": [a-z]");
                    }
                }
            }
        }
    }

    /** The fixture's {@code # settings: key=value,value} header lines. */
    private static Map<String, List<String>> settings(Path fixture) throws java.io.IOException {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (String line : java.nio.file.Files.readAllLines(fixture)) {
            var m = java.util.regex.Pattern.compile("^#\\s*settings:\\s*([A-Za-z0-9_-]+)=(.+)$").matcher(line);
            if (m.matches()) out.put(m.group(1), List.of(m.group(2).strip().split("\\s*,\\s*")));
        }
        return out;
    }

    private static List<String> familyIds() {
        return KubernetesRules.all().stream().map(r -> r.meta().id()).filter(id -> id.compareTo("K8S040") < 0).toList();
    }

    @Test
    void everyFamilyRuleHasFixturesAndIsRegisteredInIdOrder() {
        List<String> ids = KubernetesRules.all().stream().map(r -> r.meta().id())
                .filter(id -> id.compareTo("K8S040") < 0).toList();
        assertThat(ids).isSorted().hasSize(22);
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        for (String id : ids) {
            assertThat(KubernetesFixtures.FOLDER.resolve(id).resolve("noncompliant.yaml")).isRegularFile();
        }
    }
}
