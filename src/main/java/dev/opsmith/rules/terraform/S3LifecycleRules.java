package dev.opsmith.rules.terraform;

import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.S3Buckets.Facet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lifecycle rules of a bucket in one shape, whichever way they are written: {@code lifecycle_rule} blocks on
 * {@code aws_s3_bucket} (provider v3, {@code enabled}, {@code abort_incomplete_multipart_upload_days}) or
 * {@code rule} blocks of {@code aws_s3_bucket_lifecycle_configuration} (v4+, {@code status},
 * {@code abort_incomplete_multipart_upload { }}).
 */
final class S3LifecycleRules {

    /**
     * One lifecycle rule.
     *
     * @param enabled        empty when unknown (an unknown status, or a dynamic block with unknown {@code for_each})
     * @param unknownReasons why {@code enabled} is unknown
     */
    record Entry(EvaluatedBlock block, Optional<Boolean> enabled, List<String> unknownReasons,
                 boolean abortsIncompleteUploads, boolean expiresNoncurrentVersions) {
    }

    private S3LifecycleRules() {
    }

    /** The rules of a present facet: those of its split resources when there are any, else the inline ones. */
    static List<Entry> of(Facet facet) {
        if (facet.bySplitResource()) {
            List<Entry> entries = new ArrayList<>();
            for (ResourceInstance config : facet.split()) entries.addAll(of(config));
            return entries;
        }
        List<Entry> entries = new ArrayList<>();
        for (EvaluatedBlock rule : facet.inlineBlocks()) {
            Value days = rule.attribute("abort_incomplete_multipart_upload_days")
                    .map(a -> a.value()).orElse(Value.nullValue());
            entries.add(entry(rule, rule.attribute("enabled").map(a -> a.value()).orElse(Value.of(true)),
                    !days.isNull(), !rule.blocks("noncurrent_version_expiration").isEmpty()));
        }
        return entries;
    }

    /** The rules of one {@code aws_s3_bucket_lifecycle_configuration}. */
    static List<Entry> of(ResourceInstance config) {
        List<Entry> entries = new ArrayList<>();
        for (EvaluatedBlock rule : config.blocks("rule")) {
            Value status = rule.attribute("status").map(a -> a.value()).orElse(Value.of("Enabled"));
            Value enabled = status.isKnown() ? Value.of(status.string().map("Enabled"::equals).orElse(false)) : status;
            entries.add(entry(rule, enabled, !rule.blocks("abort_incomplete_multipart_upload").isEmpty(),
                    !rule.blocks("noncurrent_version_expiration").isEmpty()));
        }
        return entries;
    }

    private static Entry entry(EvaluatedBlock rule, Value enabled, boolean aborts, boolean noncurrent) {
        if (rule.undecided().isPresent()) {
            return new Entry(rule, Optional.empty(), rule.undecided().get().unknownReasons(), aborts, noncurrent);
        }
        if (!enabled.isKnown()) return new Entry(rule, Optional.empty(), enabled.unknownReasons(), aborts, noncurrent);
        return new Entry(rule, Optional.of(enabled.isTrue()), List.of(), aborts, noncurrent);
    }
}
