package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.DuplicateKey;
import dev.opsmith.format.yaml.YamlDocument;
import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.rules.RuleContext;

import java.util.Optional;

/** A key written twice hides the first value from review: the reader sees one setting, the cluster gets the other. */
public final class DuplicateYamlKey extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S183", "Mapping has a duplicate key")
            .severity(Severity.HIGH).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports the second (and any later) occurrence of a key in one YAML mapping of a Kubernetes "
                    + "manifest, with the first occurrence as a related location. Keys are compared after YAML "
                    + "unquoting, so `name` and `\"name\"` are the same key; keys merged in with `<<` do not count. "
                    + "Documents that are not Kubernetes objects (no `apiVersion` and `kind`) are skipped, as every "
                    + "K8S rule skips them.")
            .rationale("Lenient YAML decoders silently keep the last value, so a reviewer who reads the first "
                    + "`image:` or `runAsNonRoot:` approves something other than what runs; `kubectl apply` with "
                    + "strict decoding and server-side field validation reject the object outright. On a regulated "
                    + "platform either outcome is a problem: a change that does not do what was approved, or a "
                    + "deployment that fails in production.")
            .remediation("Keep one occurrence of the key with the intended value; merge the two blocks when both "
                    + "carried part of the intended settings.")
            .reference("https://yaml.org/spec/1.2.2/#mapping")
            .reference("https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (DuplicateKey d : manifests.yaml().duplicateKeys()) {
            owner(manifests, d).ifPresent(o -> report(context, o, d.span(), "key \"" + d.key() + "\" is given again "
                    + "in the same mapping (first on line " + d.first().line() + "); decoders keep only this later "
                    + "value and strict validation rejects the object").related(d.first(), "first given here"));
        }
    }

    /** The innermost object the key sits in: a document, or an item of a List (whose own keys count too). */
    private static Optional<KubernetesObject> owner(KubernetesManifests manifests, DuplicateKey d) {
        KubernetesObject best = null;
        for (KubernetesObject o : manifests.objects()) {
            if (o.root().span().contains(d.span())
                    && (best == null || best.root().span().contains(o.root().span()))) {
                best = o;
            }
        }
        if (best != null) return Optional.of(best);
        for (YamlDocument doc : manifests.yaml().documents()) {
            if (doc.root() instanceof YamlMapping m && KubernetesManifests.isObject(m) && m.span().contains(d.span())) {
                return Optional.of(new KubernetesObject(m, m.get("apiVersion").text().orElseThrow(),
                        m.get("kind").text().orElseThrow(), doc.index(), -1));
            }
        }
        return Optional.empty();
    }
}
