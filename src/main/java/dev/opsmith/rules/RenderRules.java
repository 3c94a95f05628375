package dev.opsmith.rules;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;

import java.util.List;
import java.util.Map;

/**
 * Rules the render stage reports itself, like {@link ParseError}: a chart or kustomization that could not be
 * rendered, or content refused before rendering. What renders is checked by the Kubernetes rules.
 * Their fixtures are folders (a mini chart, a kustomization) checked by the scanner end to end.
 */
public final class RenderRules {
    private static final String HELM_DOCS = "https://helm.sh/docs/helm/helm_template/";
    private static final String KUSTOMIZE_DOCS = "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/";

    public static final RuleMeta HELM_RENDER_FAILED = RuleMeta.builder("HELM001", "Helm chart fails to render")
            .severity(Severity.HIGH).category(Category.RELIABILITY).format(Format.HELM)
            .description("Helm could not render the chart with the values of the scan (the chart's values.yaml and any "
                    + "values files or --helm-set values given): a template error, a `required` value that is not set, "
                    + "a `fail` call, or output that is not YAML. Reported at the template line Helm names, with Helm's "
                    + "message, once per environment of the values matrix it fails in.")
            .rationale("A chart that does not render is a deployment that will fail, and none of its manifests were "
                    + "audited: every control checked on rendered objects is unverified for it.")
            .remediation("Fix the template at the reported line, or give the values it requires (--helm-values, "
                    + "--helm-values-matrix, --helm-set). Render locally with `helm template` to see the same error.")
            .reference(HELM_DOCS)
            .build();

    public static final RuleMeta HELM_LINT = RuleMeta.builder("HELM002", "helm lint reports a problem")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.HELM)
            .description("One message of `helm lint` on the chart. helm lint runs with the chart's default values only "
                    + "(the embedded Helm's lint takes no values files or Kubernetes version), so a chart that needs "
                    + "values to render is linted as it would be by `helm lint` without `-f`. Errors are medium, "
                    + "warnings low, informational messages info.")
            .rationale("helm lint finds malformed Chart.yaml metadata, missing recommended fields and templates that "
                    + "produce invalid objects; fixing them keeps the chart installable by every Helm user.")
            .remediation("Fix what the message names, or waive HELM002 for the chart in .opsmith.yaml.")
            .reference("https://helm.sh/docs/helm/helm_lint/")
            .build();

    public static final RuleMeta HELM_DEPENDENCY_NOT_VENDORED = RuleMeta.builder("HELM003",
                    "Chart dependency is not vendored in charts/")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.HELM)
            .description("A dependency declared in Chart.yaml has no copy in the chart's charts/ folder (a "
                    + "`<name>-<version>.tgz` archive or an unpacked `<name>/` folder). opsmith never downloads charts, "
                    + "so the chart is not rendered and its manifests are not checked.")
            .rationale("Dependencies fetched at deploy time are code nobody reviewed, from a repository that can change "
                    + "or disappear. Vendored and committed (with Chart.lock), they are audited and reproducible.")
            .remediation("Run `helm dependency build` and commit the charts/ archives with Chart.lock, or scan after "
                    + "that step in CI.")
            .reference("https://helm.sh/docs/helm/helm_dependency/")
            .build();

    public static final RuleMeta HELM_UNAVAILABLE = RuleMeta.builder("HELM004", "Helm chart not rendered")
            .severity(Severity.INFO).category(Category.RELIABILITY).format(Format.HELM)
            .description("The chart was not rendered: Helm rendering is unavailable on this platform (opsmith embeds "
                    + "Helm for linux-amd64 and never downloads a native library at run time) or was turned off with "
                    + "--helm off. Its templates were not checked.")
            .rationale("Templates that were not rendered were not audited; the report says so rather than staying silent.")
            .remediation("Run the scan on linux-amd64 (for example in CI), or render the chart with `helm template` and "
                    + "scan the output.")
            .reference(HELM_DOCS)
            .build();

    public static final RuleMeta KUSTOMIZE_REMOTE = RuleMeta.builder("KUS001", "Kustomization refers to a remote resource")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.KUSTOMIZE)
            .description("A `resources`, `bases` or `components` entry is a URL or git reference (https://, http://, "
                    + "git@, github.com/…, ?ref=). kustomize would fetch it at build time; opsmith refuses to, so the "
                    + "kustomization is not built.")
            .rationale("A remote base is configuration that changes without a commit in this repository. An audited "
                    + "deployment must be built from reviewed, pinned, local content.")
            .remediation("Vendor the remote base into the repository (pinned to a commit) and refer to it by path.")
            .reference(KUSTOMIZE_DOCS + "resource/")
            .build();

    public static final RuleMeta KUSTOMIZE_HELM_CHARTS = RuleMeta.builder("KUS002",
                    "Kustomization inflates Helm charts")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.KUSTOMIZE)
            .description("The kustomization has a `helmCharts` (or `helmChartInflationGenerator`) entry. Inflating runs "
                    + "the helm binary and may pull the chart from a repository; opsmith does not, so the kustomization is "
                    + "not built.")
            .rationale("Pulling charts during a build makes the output depend on a remote repository and runs an external "
                    + "program; neither belongs in an offline, reproducible audit.")
            .remediation("Vendor the chart into the repository and scan it as a chart, or render it to a file that the "
                    + "kustomization lists as a resource.")
            .reference(KUSTOMIZE_DOCS + "helmcharts/")
            .build();

    public static final RuleMeta KUSTOMIZE_PLUGIN = RuleMeta.builder("KUS003", "Kustomization runs a plugin")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUSTOMIZE)
            .description("A `generators`, `transformers` or `validators` entry is an exec or KRM function plugin (a "
                    + "configuration with a `config.kubernetes.io/function` annotation, or a plugin kind kustomize does not "
                    + "build in). Building would run code from the repository or pull a container image; opsmith refuses, "
                    + "so the kustomization is not built.")
            .rationale("Running code from the scanned repository during an audit lets that code decide what the "
                    + "auditor sees, and may do anything with the auditor's credentials.")
            .remediation("Use kustomize's built-in generators and transformers, or run the plugin in CI and commit its "
                    + "output as a resource.")
            .reference("https://kubectl.docs.kubernetes.io/guides/extending_kustomize/")
            .build();

    public static final RuleMeta KUSTOMIZE_NOT_RENDERED = RuleMeta.builder("KUS004", "Kustomization not rendered")
            .severity(Severity.INFO).category(Category.RELIABILITY).format(Format.KUSTOMIZE)
            .description("Neither `kustomize` nor `kubectl` is on PATH, so the kustomization was not built. Its plain "
                    + "YAML files were still scanned one by one. With --kustomize required this is an error (high).")
            .rationale("Patches, name prefixes and generators change what is deployed; without building, the findings "
                    + "describe the bases, not the result.")
            .remediation("Install kubectl or kustomize where the scan runs.")
            .reference("https://kubectl.docs.kubernetes.io/installation/kustomize/")
            .build();

    public static final RuleMeta KUSTOMIZE_BUILD_FAILED = RuleMeta.builder("KUS005", "Kustomization fails to build")
            .severity(Severity.HIGH).category(Category.RELIABILITY).format(Format.KUSTOMIZE)
            .description("kustomize could not build the kustomization (a missing file, a patch whose target does not "
                    + "exist, a syntax error). Reported at the kustomization with kustomize's message.")
            .rationale("A kustomization that does not build is a deployment that will fail, and none of its output was "
                    + "audited.")
            .remediation("Run `kubectl kustomize <folder>` and fix what it reports.")
            .reference(KUSTOMIZE_DOCS)
            .build();

    /** Every rule of the render stage, in id order. */
    public static final List<RuleMeta> ALL = List.of(HELM_RENDER_FAILED, HELM_LINT, HELM_DEPENDENCY_NOT_VENDORED,
            HELM_UNAVAILABLE, KUSTOMIZE_REMOTE, KUSTOMIZE_HELM_CHARTS, KUSTOMIZE_PLUGIN, KUSTOMIZE_NOT_RENDERED,
            KUSTOMIZE_BUILD_FAILED);

    /** The file of each rule's fixture folder shown as its example (the one with the marker). */
    private static final Map<String, String> EXAMPLES = Map.of(
            "HELM001", "templates/deployment.yaml",
            "HELM002", "Chart.yaml",
            "HELM003", "Chart.yaml",
            "HELM004", "Chart.yaml",
            "KUS001", "kustomization.yaml",
            "KUS002", "kustomization.yaml",
            "KUS003", "kustomization.yaml",
            "KUS004", "kustomization.yaml",
            "KUS005", "kustomization.yaml");

    private RenderRules() {
    }

    public static String exampleFile(String id) {
        return EXAMPLES.getOrDefault(id, "Chart.yaml");
    }
}
