package dev.opsmith.rules;

import dev.opsmith.core.RuleMeta;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog's own promises: complete metadata, unique ids, coverage tables that explain every peer rule. */
class CatalogTest {

    @Test
    void everyRuleHasCompleteMetadata() {
        Set<String> ids = new HashSet<>();
        for (RuleMeta m : Rules.catalog()) {
            assertThat(ids.add(m.id())).as("duplicate id " + m.id()).isTrue();
            assertThat(m.id()).matches("PARSE|DF\\d{3}|K8S\\d{3}|CMP\\d{3}|HELM\\d{3}|KUS\\d{3}|AWS\\d{3}|TF\\d{3}");
            assertThat(m.title()).as(m.id() + " title").isNotBlank().doesNotEndWith(".");
            assertThat(m.description()).as(m.id() + " description").isNotBlank();
            assertThat(m.rationale()).as(m.id() + " rationale").isNotBlank();
            assertThat(m.remediation()).as(m.id() + " remediation").isNotBlank();
            assertThat(m.formats()).as(m.id() + " formats").isNotEmpty();
            for (String url : m.references()) assertThat(url).as(m.id() + " reference").startsWith("https://");
        }
    }

    @Test
    void everyRegisteredRuleClassIsInTheRegistryOnce() {
        List<String> classes = Rules.all().stream().map(r -> r.getClass().getName()).toList();
        assertThat(classes).doesNotHaveDuplicates();
    }

    @Test
    void everyPeerEntryIsMappedOrExplained_andMapsToRulesThatExist() {
        Set<String> ours = Rules.catalog().stream().map(RuleMeta::id).collect(Collectors.toSet());
        for (String peer : Coverage.PEERS) {
            for (Coverage.Entry e : Coverage.of(peer)) {
                assertThat(e.summary()).as(peer + " " + e.id() + " summary").isNotBlank();
                if (e.mapped()) {
                    assertThat(ours).as(peer + " " + e.id() + " maps to rules that exist").containsAll(e.opsmith());
                } else {
                    assertThat(e.note()).as(peer + " " + e.id() + " is neither mapped nor explained").isNotBlank();
                }
            }
        }
    }

    @Test
    void atLeastNinetyPercentOfHadolintDlRulesAreMapped() {
        List<Coverage.Entry> dl = Coverage.of("hadolint").stream().filter(e -> e.id().startsWith("DL")).toList();
        long mapped = dl.stream().filter(Coverage.Entry::mapped).count();
        assertThat(dl).hasSizeGreaterThan(60);
        assertThat(100.0 * mapped / dl.size()).isGreaterThanOrEqualTo(90.0);
    }

    /** The Kubernetes issue's targets: 90% of kube-linter, 80% of kube-score, Polaris, CKV_K8S and KSV. */
    @Test
    void kubernetesPeerCoverageTargets() {
        assertThat(mappedPercent("kube-linter", "")).isGreaterThanOrEqualTo(90.0);
        assertThat(mappedPercent("kube-score", "")).isGreaterThanOrEqualTo(80.0);
        assertThat(mappedPercent("polaris", "")).isGreaterThanOrEqualTo(80.0);
        assertThat(mappedPercent("checkov", "CKV_K8S_")).isGreaterThanOrEqualTo(80.0);
        assertThat(mappedPercent("trivy", "KSV")).isGreaterThanOrEqualTo(80.0);
    }

    /** The Terraform issue's targets: 60% of checkov's AWS checks for the services in scope; trivy's likewise. */
    @Test
    void terraformPeerCoverageTargets() {
        assertThat(mappedPercent("checkov", "CKV_AWS_")).isGreaterThanOrEqualTo(60.0);
        assertThat(mappedPercent("checkov", "CKV2_AWS_")).isGreaterThanOrEqualTo(60.0);
        assertThat(mappedPercent("trivy", "AVD-AWS-")).isGreaterThanOrEqualTo(60.0);
        assertThat(mappedPercent("tfsec", "aws-")).isGreaterThanOrEqualTo(60.0);
    }

    /** At least 150 AWS rules (the Terraform issue's floor). */
    @Test
    void atLeastOneHundredFiftyAwsRules() {
        assertThat(Rules.catalog().stream().filter(m -> m.id().startsWith("AWS")).count()).isGreaterThanOrEqualTo(150);
    }

    private static double mappedPercent(String peer, String prefix) {
        List<Coverage.Entry> entries = Coverage.of(peer).stream().filter(e -> e.id().startsWith(prefix)).toList();
        assertThat(entries).as(peer + " " + prefix + " entries").isNotEmpty();
        return 100.0 * entries.stream().filter(Coverage.Entry::mapped).count() / entries.size();
    }

    /** A declared equivalent must be a real peer rule that the coverage table maps to the same rule of ours. */
    @Test
    void declaredEquivalentsAgreeWithTheCoverageTables() {
        for (RuleMeta m : Rules.catalog()) {
            for (Map.Entry<String, List<String>> eq : m.equivalents().entrySet()) {
                String peer = eq.getKey();
                assertThat(Coverage.PEERS).as(m.id() + " names unknown peer " + peer).contains(peer);
                List<Coverage.Entry> table = Coverage.of(peer);
                for (String peerId : eq.getValue()) {
                    if (peerId.endsWith("*")) continue;
                    assertThat(table).as(m.id() + " declares " + peer + " " + peerId)
                            .anySatisfy(e -> {
                                assertThat(e.id()).isEqualTo(peerId);
                                assertThat(e.opsmith()).contains(m.id());
                            });
                }
            }
        }
    }
}
