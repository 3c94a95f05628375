package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.ObjectSummary;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Two definitions of one object: whichever is applied last silently wins, and reviewers read the other one. */
public final class DuplicateObject extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S184", "Same object defined twice in a bundle")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports an object whose API group, kind, namespace and name repeat an earlier object of the "
                    + "same bundle (the files of one folder, in path order, then document order). An omitted namespace "
                    + "only matches another omitted namespace, since both land in the namespace the bundle is applied "
                    + "to. Reported on the later object's `metadata.name`, with the earlier one as a related location "
                    + "when it is in the same file. Objects without a name (`generateName`) and templated names are "
                    + "skipped; the same name in different API versions of one group is still the same object.")
            .rationale("`kubectl apply` applies both definitions in turn, so the later silently replaces the earlier; "
                    + "kustomize refuses the bundle and Helm fails the release. Either way what a reviewer approved in "
                    + "one definition is not what runs, which undermines change control on a regulated platform.")
            .remediation("Keep one definition of the object; if two variants are meant for different environments, "
                    + "put them in separate overlays or give them different namespaces or names.")
            .reference("https://kubernetes.io/docs/concepts/overview/working-with-objects/names/")
            .reference("https://kubectl.docs.kubernetes.io/references/kustomize/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        String file = context.source().relativePath();
        String group = group(context);
        List<ObjectSummary> bundle = new ArrayList<>();
        for (ObjectSummary s : index(context).inGroup(group)) {
            if (!s.file().equals(file)) bundle.add(s);
        }
        List<KubernetesObject> mine = manifests.objects();
        for (KubernetesObject o : mine) bundle.add(ObjectSummary.of(o, file, group));
        bundle.sort(Comparator.comparing(ObjectSummary::file).thenComparing(ObjectSummary::anchor));
        for (KubernetesObject o : mine) {
            YamlNode name = o.metadata().get("name");
            String n = name.text().orElse("");
            if (n.isEmpty() || n.contains("{{") || o.kind().contains("{{")) continue;
            Span anchor = o.anchor();
            for (ObjectSummary earlier : bundle) {
                boolean before = earlier.file().compareTo(file) < 0
                        || earlier.file().equals(file) && earlier.anchor().compareTo(anchor) < 0;
                if (!before) break;
                if (!sameObject(earlier, o, n)) continue;
                boolean here = earlier.file().equals(file);
                RuleContext.Report r = report(context, o, name.span(), o.display() + " is defined again"
                        + (o.namespace().map(ns -> " in namespace " + ns).orElse(""))
                        + (here ? " (first on line " + earlier.anchor().line() + ")"
                                : " (first in " + earlier.file() + ":" + earlier.anchor().line() + ")")
                        + "; the definition applied last silently replaces the other");
                if (here) r.related(earlier.anchor(), "first defined here");
                break;
            }
        }
    }

    private static boolean sameObject(ObjectSummary s, KubernetesObject o, String name) {
        return s.kind().equals(o.kind()) && s.name().equals(name) && s.namespace().equals(o.namespace().orElse(""))
                && apiGroup(s.apiVersion()).equals(o.group());
    }

    private static String apiGroup(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }
}
