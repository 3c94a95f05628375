package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.S3Buckets.BucketView;
import dev.opsmith.rules.terraform.support.S3Buckets.Concern;
import dev.opsmith.rules.terraform.support.S3Buckets.Facet;
import dev.opsmith.rules.terraform.support.S3Buckets.State;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A bucket that keeps access control lists in force instead of leaving access to policies alone. */
public final class S3BucketAclsEnabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS024", "Bucket ownership does not disable ACLs")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_s3_bucket_ownership_controls` whose `rule.object_ownership` is `ObjectWriter` "
                    + "or `BucketOwnerPreferred`, which keeps ACLs in force; or a bucket without ownership "
                    + "controls whose ACL (inline `acl` on provider v3, `aws_s3_bucket_acl` on v4+) is something "
                    + "other than `private`, which needs ACLs enabled. A bucket without ownership controls and "
                    + "without such an ACL is fine: since April 2023 new buckets default to "
                    + "`BucketOwnerEnforced`. Unknown values are not reported; --show-unknown names them.")
            .rationale("With ACLs in force, objects can belong to the account that uploaded them and carry "
                    + "grants nobody reviews; with `BucketOwnerEnforced` the bucket owner owns every object and "
                    + "only policies decide access, which is simpler to audit.")
            .remediation("Set `object_ownership = \"BucketOwnerEnforced\"` and replace ACL grants with bucket or "
                    + "IAM policies (log delivery now works with a bucket policy).")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html")
            .compliance("NIST-800-53:AC-3").compliance("SOC2:CC6.1").compliance("SOC2:CC6.3")
            .compliance("DORA:Art.9(4)(c)")
            .build();

    private static final Set<String> ACLS_IN_FORCE = Set.of("ObjectWriter", "BucketOwnerPreferred");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance controls : S3Checks.splitInThisFile(module, reporter, Concern.OWNERSHIP)) {
            String name = controls.block().address();
            for (EvaluatedBlock rule : controls.blocks("rule")) {
                EvaluatedAttribute ownership = rule.attribute("object_ownership").orElse(null);
                if (ownership == null || !reporter.inThisFile(ownership)) continue;
                Value v = ownership.value();
                if (!v.isKnown()) {
                    reporter.undecided(S3Checks.span(ownership), "whether " + name + " disables ACLs",
                            v.unknownReasons());
                } else if (v.string().filter(ACLS_IN_FORCE::contains).isPresent()) {
                    reporter.report(S3Checks.span(ownership), name + " sets object_ownership = \""
                            + v.string().orElseThrow() + "\", which keeps ACLs in force; set it to "
                            + "\"BucketOwnerEnforced\"");
                }
            }
        }
        for (BucketView bucket : S3Checks.buckets(module, reporter)) {
            if (bucket.facet(Concern.OWNERSHIP).state() != State.MISSING) continue;
            Facet acl = bucket.facet(Concern.ACL);
            List<Value> acls = new ArrayList<>();
            if (acl.bySplitResource()) {
                for (ResourceInstance split : acl.split()) acls.add(split.value("acl"));
            } else {
                acl.inlineAttribute("acl").ifPresent(a -> acls.add(a.value()));
            }
            List<String> unknown = new ArrayList<>();
            for (Value v : acls) {
                if (v.isAbsent() || v.isNull()) continue;
                if (!v.isKnown()) {
                    unknown.addAll(v.unknownReasons());
                } else if (!v.string().map("private"::equals).orElse(true)) {
                    reporter.report(bucket.bucket().block().header(), bucket.name() + " uses the ACL \""
                            + v.string().orElseThrow() + "\", which needs ACLs in force; add "
                            + "aws_s3_bucket_ownership_controls with BucketOwnerEnforced and grant access by "
                            + "policy instead");
                    unknown.clear();
                    break;
                }
            }
            if (!unknown.isEmpty()) {
                reporter.undecided(bucket.bucket().block().header(), "whether " + bucket.name()
                        + " needs ACLs", unknown);
            }
        }
    }
}
