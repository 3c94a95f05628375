package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlScalar;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.regex.Pattern;

/** Snippet annotations inject raw nginx configuration, which ingress-nginx runs with access to every Secret it reads. */
public final class NginxSnippetAnnotation extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S145", "ingress-nginx snippet annotation used")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reports an Ingress annotation under `nginx.ingress.kubernetes.io/` or `nginx.org/` whose "
                    + "name ends in `configuration-snippet`, `server-snippet`, `auth-snippet`, `stream-snippet`, "
                    + "`modsecurity-snippet`, or (NGINX Inc. controller) `server-snippets`/`location-snippets`. A "
                    + "snippet that runs Lua (`*_by_lua`) or serves files through `alias`, the forms used in the "
                    + "published exploits, is critical rather than high.")
            .rationale("A snippet is pasted verbatim into the controller's nginx.conf. Anyone allowed to create an "
                    + "Ingress can then read files from the controller pod, including its service account token, "
                    + "which can read every Secret in the cluster (CVE-2021-25742, CVE-2023-5043), or run Lua code "
                    + "inside the edge proxy. On a shared platform that turns namespace-level write access into "
                    + "cluster-wide credential theft.")
            .remediation("Express the behaviour with the controller's dedicated annotations (headers, auth-url, "
                    + "rate limits) or a controller-wide ConfigMap setting reviewed by the platform team, and keep "
                    + "`allow-snippet-annotations: false` on the controller.")
            .reference("https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#configuration-snippet")
            .reference("https://github.com/kubernetes/ingress-nginx/issues/7837")
            .reference("https://github.com/kubernetes/ingress-nginx/issues/10572")
            .equivalent("checkov", "CKV_K8S_152", "CKV_K8S_153", "CKV_K8S_154")
            .build();

    private static final List<String> PREFIXES = List.of("nginx.ingress.kubernetes.io/", "nginx.org/");
    private static final List<String> SUFFIXES = List.of("configuration-snippet", "server-snippet", "auth-snippet",
            "stream-snippet", "modsecurity-snippet", "server-snippets", "location-snippets");
    private static final Pattern LUA = Pattern.compile("_by_lua|\\blua_");
    private static final Pattern ALIAS = Pattern.compile("(^|[\\s;{])alias\\s");
    private static final Pattern CREDENTIAL = Pattern.compile(
            "(?i)authorization|bearer\\s|basic\\s|password|passwd|secret|token|api[-_]?key");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject o : manifests.objects()) {
            if (!o.kind().equals("Ingress")) continue;
            for (YamlEntry a : o.metadata().get("annotations").entries()) {
                String key = a.key().value();
                if (!isSnippet(key)) continue;
                String value = a.value() instanceof YamlScalar s ? s.value() : "";
                String danger = LUA.matcher(value).find() ? "; it runs Lua code in the edge proxy"
                        : ALIAS.matcher(value).find() ? "; it serves files through alias, the path of CVE-2021-25742" : "";
                RuleContext.Report r = report(context, o, a.key().span(), o.display() + " injects raw nginx "
                        + "configuration through " + key + danger + "; use the controller's dedicated annotations instead");
                if (!danger.isEmpty()) {
                    r.property("escalation", danger.contains("Lua") ? "lua" : "alias").severity(Severity.CRITICAL);
                }
                // A snippet may set an Authorization header or a password: keep it out of every output.
                if (CREDENTIAL.matcher(value).find()) r.secret(value);
            }
        }
    }

    static boolean isSnippet(String key) {
        return PREFIXES.stream().anyMatch(key::startsWith) && SUFFIXES.stream().anyMatch(key::endsWith);
    }

}
