package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
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

/** A bucket that receives audit logs but lets them be deleted or overwritten. */
public final class S3AuditBucketWithoutObjectLock extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS019", "Audit log bucket is not write-once")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_s3_bucket` that receives audit evidence (it is the `s3_bucket_name` of an "
                    + "`aws_cloudtrail` or `aws_config_delivery_channel`, the `target_bucket` of server access "
                    + "logging, the `access_logs` bucket of a load balancer, the destination of an S3 "
                    + "`aws_flow_log`, or it carries the tag `opsmith:audit = \"true\"`) without object lock "
                    + "(`object_lock_enabled = true` on provider v4+, `object_lock_configuration { "
                    + "object_lock_enabled = \"Enabled\" }` on v3) or without a default retention "
                    + "(`rule.default_retention` inline, or an `aws_s3_bucket_object_lock_configuration`). When "
                    + "a delivering resource names its bucket through an unknown value, nothing is reported; "
                    + "--show-unknown names the unknown input. Setting `auditTagKey` changes the tag key.")
            .rationale("Logs are evidence only if whoever they incriminate cannot erase them; object lock with a "
                    + "default retention makes every log object undeletable for the retention period, even by "
                    + "administrators.")
            .remediation("Create the log bucket with `object_lock_enabled = true` and add an "
                    + "`aws_s3_bucket_object_lock_configuration` with `default_retention { mode = \"COMPLIANCE\" "
                    + "days = 365 }` (object lock can only be enabled on an existing bucket through AWS Support "
                    + "or by recreating it).")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html")
            .compliance("NIST-800-53:AU-9").compliance("NIST-800-53:AU-11").compliance("PCI-DSS-4.0:10.3.2")
            .compliance("PCI-DSS-4.0:10.5.1").compliance("SOC2:CC7.2").compliance("SOC2:CC7.3")
            .compliance("DORA:Art.10(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        String tagKey = reporter.setting("auditTagKey").stream().findFirst().orElse(S3AuditBuckets.DEFAULT_TAG);
        var roles = S3AuditBuckets.of(module, tagKey);
        for (BucketView bucket : S3Checks.buckets(module, reporter)) {
            S3AuditBuckets.AuditRole role = roles.get(bucket.bucket().address());
            if (role.answer().isNo()) continue;
            String question = "whether " + bucket.name() + " is a write-once audit bucket";
            List<String> unknown = new ArrayList<>(role.answer().unknownReasons());
            Facet lock = bucket.facet(Concern.OBJECT_LOCK);
            List<EvaluatedBlock> inline = lock.inlineBlocks();
            Value enabled = bucket.bucket().value("object_lock_enabled");
            boolean on = enabled.isTrue();
            for (EvaluatedBlock block : inline) {
                Value v = block.attribute("object_lock_enabled").map(a -> a.value()).orElse(Value.nullValue());
                on |= v.string().map("Enabled"::equals).orElse(false);
                if (!v.isKnown() && !v.isNull()) unknown.addAll(v.unknownReasons());
            }
            if (!enabled.isKnown() && !enabled.isAbsent()) unknown.addAll(enabled.unknownReasons());
            boolean retention = !S3Checks.nested(inline, "rule", "default_retention").isEmpty();
            for (ResourceInstance split : lock.split()) {
                retention |= !S3Checks.nested(split, "rule", "default_retention").isEmpty();
            }
            if (!retention && lock.state() == State.UNKNOWN) unknown.addAll(lock.reasons());
            if (on && retention) continue;
            if (!unknown.isEmpty()) {
                reporter.undecided(bucket.bucket().block().header(), question, unknown);
                continue;
            }
            String missing = !on ? "object lock" : "default retention";
            String source = role.because().map(r -> " (" + r.block().address() + " delivers to it)").orElse("");
            reporter.report(bucket.bucket().block().header(), bucket.name() + " receives audit logs" + source
                            + " but has no " + missing + ", so the logs can be deleted; enable object lock with a "
                            + "default retention")
                    .ifPresent(report -> role.because().ifPresent(r -> report.related(
                            r.block().file().relativePath(), r.block().header(), "delivers audit logs here")));
        }
    }
}
