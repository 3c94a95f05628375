package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.KeyValue;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Flags COPY/ADD of private keys and credential files: once in a layer they stay in the image, even when a later
 * instruction deletes them.
 */
public final class SensitiveFileCopied extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF102", "Private key or credential file copied into the image")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports COPY and ADD sources (ONBUILD ones included) that name a private key or a credential "
                    + "file: SSH keys (id_rsa*, id_ed25519*, id_ecdsa*, id_dsa*, anything under .ssh/), key stores and "
                    + "keys (*.pem, *.key, *.p12, *.pfx, *.jks, *.keystore), dotenv files (.env, .env.*), tool "
                    + "credentials (.npmrc, .pypirc, .netrc, .git-credentials, .aws/credentials, .docker/config.json, "
                    + "kubeconfig) and Terraform state (*.tfstate). Also reports GOOGLE_APPLICATION_CREDENTIALS, "
                    + "AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE set to a path that an earlier COPY/ADD of the "
                    + "stage wrote. Public material is accepted: *.pub, *.crt, and .env.example/.env.sample/.env.template.")
            .rationale("Every layer of an image can be extracted by whoever can pull it; a key removed by a later RUN "
                    + "rm is still in the layer that added it. Keys and tokens copied this way spread to every registry, "
                    + "cache and laptop the image reaches, and cannot be rotated without rebuilding and purging all of "
                    + "them.")
            .remediation("Mount the file only for the step that needs it: `RUN --mount=type=secret,id=npmrc,"
                    + "target=/root/.npmrc npm ci`, or `RUN --mount=type=ssh` for git over SSH. Provide runtime "
                    + "credentials from the platform (workload identity, a secret volume) instead of baking them in, "
                    + "and list such files in .dockerignore.")
            .reference("https://docs.docker.com/build/building/secrets/")
            .reference("https://docs.docker.com/reference/dockerfile/#run---mounttypessh")
            .reference("https://cwe.mitre.org/data/definitions/538.html")
            .build();

    private static final Set<String> CREDENTIAL_FILES = Set.of(".npmrc", ".pypirc", ".netrc", "_netrc",
            ".git-credentials", "kubeconfig", ".dockercfg");
    private static final Set<String> KEY_EXTENSIONS = Set.of(".pem", ".key", ".p12", ".pfx", ".jks", ".keystore",
            ".tfstate");
    private static final Set<String> PUBLIC_ENV = Set.of(".env.example", ".env.sample", ".env.template", ".env.dist");
    private static final Set<String> CREDENTIAL_PATH_VARS = Set.of("GOOGLE_APPLICATION_CREDENTIALS", "AWS_CONFIG_FILE",
            "AWS_SHARED_CREDENTIALS_FILE");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        List<Copied> copied = new ArrayList<>();
        for (Instruction i : RunCommands.unwrapped(dockerfile)) {
            if (i.is("COPY", "ADD")) {
                List<Word> words = i.words().stream().filter(w -> !w.value().startsWith("<<")).toList();
                if (words.size() < 2) continue;
                List<Word> sources = words.subList(0, words.size() - 1);
                String dest = dockerfile.expand(i, words.get(words.size() - 1).value());
                for (Word src : sources) {
                    String value = dockerfile.expand(i, src.value());
                    String what = kind(value);
                    if (what != null) {
                        SecretShapes.report(context, src.span(), i.keyword() + " puts " + what + " (" + src.value()
                                + ") into an image layer, where it stays even if deleted later; mount it with "
                                + "RUN --mount=type=secret or type=ssh instead");
                    }
                    boolean intoDir = dest.endsWith("/") || sources.size() > 1;
                    copied.add(new Copied(i, intoDir ? dest + (dest.endsWith("/") ? "" : "/") + basename(value) : dest,
                            intoDir ? dest : null));
                }
            } else if (i.is("ENV")) {
                for (KeyValue kv : i.pairs()) {
                    if (!CREDENTIAL_PATH_VARS.contains(kv.key()) || kv.value() == null) continue;
                    String path = dockerfile.expand(i, kv.value());
                    for (Copied c : copied) {
                        if (c.instruction.stageIndex() != i.stageIndex() || !c.contains(path)) continue;
                        SecretShapes.report(context, kv.span(), "ENV " + kv.key() + " points at " + path
                                        + ", a credential file copied into the image; provide it at run time instead")
                                .related(c.instruction.span(), "the file is copied here");
                        break;
                    }
                }
            }
        }
    }

    private record Copied(Instruction instruction, String path, String dir) {
        boolean contains(String p) {
            if (p.isEmpty()) return false;
            if (p.equals(path) || (dir != null && !dir.isEmpty() && p.startsWith(dir.endsWith("/") ? dir : dir + "/"))) return true;
            String rel = path.startsWith("./") ? path.substring(2) : path;
            return !path.startsWith("/") && !rel.isEmpty() && p.endsWith("/" + rel);
        }
    }

    /** What sensitive file a source path names, or null. */
    static String kind(String source) {
        String p = source.toLowerCase(Locale.ROOT);
        if (p.contains("://")) return null;
        while (p.endsWith("/") && p.length() > 1) p = p.substring(0, p.length() - 1);
        String name = basename(p);
        if (name.endsWith(".pub") || name.endsWith(".crt") || PUBLIC_ENV.contains(name)) return null;
        if (name.startsWith("id_rsa") || name.startsWith("id_ed25519") || name.startsWith("id_ecdsa")
                || name.startsWith("id_dsa")) {
            return "an SSH private key";
        }
        if (p.equals(".ssh") || p.startsWith(".ssh/") || p.contains("/.ssh/") || p.endsWith("/.ssh")) {
            return "an SSH directory";
        }
        for (String ext : KEY_EXTENSIONS) {
            if (name.endsWith(ext) || (ext.equals(".tfstate") && name.contains(".tfstate."))) {
                return ext.equals(".tfstate") ? "Terraform state (with its secrets)" : "a private key or key store";
            }
        }
        if (name.equals(".env") || name.startsWith(".env.")) return "a dotenv file";
        if (CREDENTIAL_FILES.contains(name) || p.endsWith(".aws/credentials") || p.endsWith(".docker/config.json")) {
            return "a credential file";
        }
        return null;
    }

    private static String basename(String p) {
        String s = p;
        while (s.endsWith("/") && s.length() > 1) s = s.substring(0, s.length() - 1);
        int slash = s.lastIndexOf('/');
        return slash >= 0 ? s.substring(slash + 1) : s;
    }
}
