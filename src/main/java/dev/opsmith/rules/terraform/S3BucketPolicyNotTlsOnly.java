package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.PolicyCondition;
import dev.opsmith.rules.terraform.support.PolicyDocument;
import dev.opsmith.rules.terraform.support.PolicyDocuments;
import dev.opsmith.rules.terraform.support.PolicyRead;
import dev.opsmith.rules.terraform.support.PolicyStatement;
import dev.opsmith.rules.terraform.support.PolicyString;
import dev.opsmith.rules.terraform.support.Tri;
import dev.opsmith.rules.terraform.support.S3Buckets.BucketView;
import dev.opsmith.rules.terraform.support.S3Buckets.Concern;
import dev.opsmith.rules.terraform.support.S3Buckets.Facet;
import dev.opsmith.rules.terraform.support.S3Buckets.State;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A bucket whose policy does not refuse requests made without TLS. */
public final class S3BucketPolicyNotTlsOnly extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS015", "Bucket policy does not deny non-TLS requests")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("A bucket without a policy, or whose policy (inline `policy` of `aws_s3_bucket` on "
                    + "provider v3, `aws_s3_bucket_policy` on v4+, in any form) has no statement that denies, "
                    + "to everyone, `s3:*` (or `*`) on both the bucket and its objects under the condition "
                    + "`Bool`/`BoolIfExists` `aws:SecureTransport = false` (a `NumericLessThan` `s3:TlsVersion` "
                    + "deny of 1.2 or more also counts). Resources known only after apply (such as "
                    + "`aws_s3_bucket.b.arn`) are taken to be the bucket's; known resources must include both "
                    + "a bucket ARN and an object ARN (`/*`), or `*`. Unknown policies are not reported; "
                    + "--show-unknown names the unknown inputs.")
            .rationale("S3 accepts plain HTTP on its endpoints; without the deny, a misconfigured client or an "
                    + "old SDK sends data and credentials-signed requests in clear text. Card data crossing "
                    + "networks must be encrypted in transit.")
            .remediation("Add a statement `Effect = \"Deny\"`, `Principal = \"*\"`, `Action = \"s3:*\"`, "
                    + "`Resource = [bucket ARN, \"${bucket ARN}/*\"]`, "
                    + "`Condition = { Bool = { \"aws:SecureTransport\" = \"false\" } }`.")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html")
            .compliance("NIST-800-53:SC-8").compliance("PCI-DSS-4.0:4.2.1").compliance("CIS-AWS-3.0:2.1.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (BucketView bucket : S3Checks.buckets(module, reporter)) {
            String question = "whether the policy of " + bucket.name() + " denies requests without TLS";
            State state = S3Checks.requirePresent(reporter, bucket, Concern.POLICY, bucket.name() + " has no "
                    + "bucket policy, so requests without TLS are accepted; add an aws_s3_bucket_policy that "
                    + "denies s3:* when aws:SecureTransport is false", question);
            if (state != State.PRESENT) continue;
            Facet policy = bucket.facet(Concern.POLICY);
            if (policy.bySplitResource()) continue;
            policy.inlineAttribute("policy").ifPresent(a -> judge(module, reporter, bucket.bucket(), a));
        }
        for (ResourceInstance split : S3Checks.splitInThisFile(module, reporter, Concern.POLICY)) {
            split.attribute("policy").ifPresent(a -> judge(module, reporter, split, a));
        }
    }

    private static void judge(EvaluatedModule module, Reporter reporter, ResourceInstance owner,
                              EvaluatedAttribute attribute) {
        if (!reporter.inThisFile(attribute)) return;
        String name = owner.block().address();
        String question = "whether " + name + " denies requests without TLS";
        PolicyRead read = PolicyDocuments.read(module, owner, attribute, name + " policy");
        if (read.state() == PolicyRead.State.UNKNOWN) {
            reporter.undecided(read.span(), question, read.unknownReasons());
            return;
        }
        Optional<PolicyDocument> doc = read.document();
        if (doc.isEmpty()) return;
        List<Tri> answers = new ArrayList<>();
        for (PolicyStatement s : doc.get().statements()) answers.add(deniesInsecureTransport(s));
        if (!doc.get().statementUnknownReasons().isEmpty()) {
            answers.add(Tri.unknown(doc.get().statementUnknownReasons()));
        }
        Tri enforced = Tri.any(answers);
        if (enforced.isUnknown()) {
            reporter.undecided(read.span(), question, enforced.unknownReasons());
        } else if (enforced.isNo()) {
            reporter.report(S3Checks.span(attribute), name + " has a policy without a statement that denies "
                    + "requests made without TLS; add a Deny of s3:* to \"*\" on the bucket and its objects when "
                    + "aws:SecureTransport is false");
        }
    }

    private static Tri deniesInsecureTransport(PolicyStatement s) {
        return s.isDeny().and(s.principals().isWildcard()).and(S3BucketPolicies.coversAllS3Actions(s))
                .and(coversBucketAndObjects(s)).and(insecureTransportCondition(s));
    }

    private static Tri coversBucketAndObjects(PolicyStatement s) {
        if (!s.resources().written()) return Tri.NO;
        boolean bucket = false;
        boolean objects = false;
        for (PolicyString r : s.resources().items()) {
            if (!r.isKnown()) return Tri.YES;
            String text = r.text().orElse("");
            if (text.equals("*")) return Tri.YES;
            if (text.endsWith("/*")) objects = true;
            else if (!text.contains("/")) bucket = true;
        }
        if (!s.resources().unknownReasons().isEmpty()) return Tri.YES;
        return Tri.of(bucket && objects);
    }

    private static Tri insecureTransportCondition(PolicyStatement s) {
        List<Tri> answers = new ArrayList<>();
        for (PolicyCondition c : s.conditionsOn("aws:SecureTransport")) {
            if (c.baseOperator().equals("Bool")) answers.add(c.values().any(v -> v.equalsIgnoreCase("false")));
        }
        for (PolicyCondition c : s.conditionsOn("s3:TlsVersion")) {
            if (c.baseOperator().equals("NumericLessThan")) {
                answers.add(c.values().any(S3BucketPolicyNotTlsOnly::atLeast12));
            }
        }
        if (!s.conditionUnknownReasons().isEmpty()) answers.add(Tri.unknown(s.conditionUnknownReasons()));
        return Tri.any(answers);
    }

    private static boolean atLeast12(String version) {
        try {
            return new BigDecimal(version.strip()).compareTo(new BigDecimal("1.2")) >= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
