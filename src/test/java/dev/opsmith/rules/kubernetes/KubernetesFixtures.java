package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Finding;
import dev.opsmith.core.ScanResult;
import dev.opsmith.scan.FileSource;
import dev.opsmith.scan.TestScans;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Scans one Kubernetes rule's fixture file with only that rule, for tests that look at messages and properties. */
final class KubernetesFixtures {
    /** The fixture folders of the Kubernetes rules. */
    static final Path FOLDER = Path.of("src/main/resources/dev/opsmith/rules/kubernetes");

    private KubernetesFixtures() {
    }

    /** The rule's findings in {@code <ID>/<file>}; set -Dopsmith.printFindings=true to print them. */
    static List<Finding> scan(String id, String file) {
        Path root = FOLDER.resolve(id).toAbsolutePath();
        ScanResult result = TestScans.scan(TestScans.options(root, List.of(root.resolve(file)), Set.of(id),
                List.of(), FileSource.DISK));
        assertThat(result.notices()).isEmpty();
        if (Boolean.getBoolean("opsmith.printFindings")) {
            result.findings().forEach(f -> System.out.println(id + " " + file + ":" + f.span().line() + ": " + f.message()));
        }
        return result.findings();
    }
}
