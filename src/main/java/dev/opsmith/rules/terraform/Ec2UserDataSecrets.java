package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.SecretPatterns;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Credentials written into the user data of an instance, launch template or launch configuration. */
public final class Ec2UserDataSecrets extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS131", "Credentials in instance user data")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("`user_data` or `user_data_base64` of an `aws_instance` or `aws_launch_configuration`, or "
                    + "`user_data` of an `aws_launch_template` (base64, decoded first), that holds a credential: a "
                    + "well-known token (AWS access key id, GitHub, Slack or Stripe token, JWT, PEM private key) or an "
                    + "assignment such as `DB_PASSWORD=...` or `export API_KEY=\"...\"` whose name announces a secret "
                    + "and whose value is written out (not a `$VARIABLE`, not a placeholder). Text built by "
                    + "`file()` or `templatefile()` is read too. The value is redacted in the message. When the user "
                    + "data is unknown, nothing is reported (--show-unknown names the unknown inputs).")
            .rationale("User data is not a secret store: anyone allowed `ec2:DescribeInstanceAttribute` or "
                    + "`ec2:DescribeLaunchTemplateVersions` reads it, every process on the host can fetch it from "
                    + "the metadata service, and it stays in Terraform state and launch template versions long "
                    + "after rotation (PCI DSS 8.3.2).")
            .remediation("Keep the credential in Secrets Manager or SSM Parameter Store and have the boot script "
                    + "fetch it with the instance role; rotate the exposed one.")
            .reference("https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html")
            .compliance("PCI-DSS-4.0:8.3.2").compliance("NIST-800-53:IA-5").compliance("NIST-800-53:SC-28")
            .compliance("SOC2:CC6.1").compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_46")
            .equivalent("trivy", "AVD-AWS-0029", "AVD-AWS-0129")
            .equivalent("tfsec", "aws-ec2-no-secrets-in-user-data")
            .build();

    /** One shell or YAML assignment: {@code NAME=value}, {@code export NAME="value"}, {@code name: value}. */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "^\\s*(?:export\\s+|set\\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\\s*(?:=|:\\s)\\s*(.*?)\\s*;?\\s*$");

    private record Field(String name, boolean base64) {
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        List<Field> plain = List.of(new Field("user_data", false), new Field("user_data_base64", true));
        for (String type : List.of("aws_instance", "aws_launch_configuration")) {
            for (ResourceInstance r : reporter.resources(module, type)) {
                for (Field f : plain) judge(r, f, reporter);
            }
        }
        for (ResourceInstance r : reporter.resources(module, "aws_launch_template")) {
            judge(r, new Field("user_data", true), reporter);
        }
    }

    private static void judge(ResourceInstance r, Field field, Reporter reporter) {
        Optional<EvaluatedAttribute> attribute = r.attribute(field.name());
        if (attribute.isEmpty() || !reporter.inThisFile(attribute.get())) return;
        Value v = attribute.get().value();
        var at = attribute.get().source().node().span();
        if (!v.isKnown()) {
            reporter.undecided(at, "whether the user data of " + r.address() + " holds credentials",
                    v.unknownReasons());
            return;
        }
        Optional<String> text = v.string();
        if (text.isEmpty()) return;
        String script = field.base64() ? decode(text.get()).orElse(text.get()) : text.get();
        Optional<String> secret = secretIn(script);
        if (secret.isEmpty()) return;
        reporter.report(at, r.address() + " writes a credential into its " + field.name() + ", "
                        + SecretPatterns.redact(secret.get()) + "; fetch it at boot from Secrets Manager or SSM "
                        + "with the instance role, and rotate it")
                .ifPresent(report -> report.secret(secret.get()));
    }

    /** The first credential in a boot script: a well-known token, else a secret-named assignment. */
    static Optional<String> secretIn(String script) {
        Optional<String> token = SecretPatterns.credentialTokens(script).stream().map(t -> t.text()).findFirst();
        if (token.isPresent()) return token;
        for (String line : script.split("\\R")) {
            Matcher m = ASSIGNMENT.matcher(line);
            if (!m.matches() || !SecretPatterns.looksLikeSecretName(m.group(1))) continue;
            String value = unquote(m.group(2));
            if (value.contains("$") || SecretPatterns.isPlaceholder(value)) continue;
            if (SecretPatterns.isHardcodedSecret(value)) return Optional.of(value);
        }
        return Optional.empty();
    }

    private static String unquote(String s) {
        String v = s.strip();
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static Optional<String> decode(String base64) {
        try {
            return Optional.of(new String(Base64.getMimeDecoder().decode(base64.strip()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
