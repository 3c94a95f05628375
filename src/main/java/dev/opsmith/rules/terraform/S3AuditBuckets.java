package dev.opsmith.rules.terraform;

import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.Link;
import dev.opsmith.rules.terraform.support.References;
import dev.opsmith.rules.terraform.support.S3Buckets.BucketView;
import dev.opsmith.rules.terraform.support.S3Buckets.Concern;
import dev.opsmith.rules.terraform.support.Tri;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a bucket receives audit evidence: it is where a CloudTrail trail, S3 server access logging, a load
 * balancer's access logs, AWS Config or a VPC flow log delivers, or it carries the audit tag
 * ({@code opsmith:audit = "true"} unless configured otherwise). Such buckets should be write-once and keep their
 * history.
 */
final class S3AuditBuckets {

    static final String DEFAULT_TAG = "opsmith:audit";

    /**
     * @param answer  YES, NO, or unknown when a delivering resource names its bucket through an unknown value
     * @param because the resource that makes it an audit bucket, when YES and found through a delivery
     */
    record AuditRole(Tri answer, Optional<ResourceInstance> because) {
    }

    private S3AuditBuckets() {
    }

    /**
     * The audit role of every bucket of the module, by bucket address, found in one pass over the resources that
     * deliver logs (a module may hold thousands of buckets).
     */
    static Map<String, AuditRole> of(EvaluatedModule module, String tagKey) {
        List<ResourceInstance> buckets = module.resources("aws_s3_bucket");
        References.Index index = References.index(buckets, "bucket", "arn");
        Map<String, AuditRole> delivered = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        java.util.function.BiConsumer<Value, ResourceInstance> deliver = (target, by) -> {
            Link link = index.link(target);
            if (link.isUnknown()) unknown.addAll(link.unknownReasons());
            link.target().ifPresent(b -> delivered.putIfAbsent(b.address(), found(by)));
        };
        for (ResourceInstance trail : module.resources("aws_cloudtrail")) deliver.accept(trail.value("s3_bucket_name"), trail);
        for (ResourceInstance channel : module.resources("aws_config_delivery_channel")) {
            deliver.accept(channel.value("s3_bucket_name"), channel);
        }
        for (String type : List.of("aws_lb", "aws_alb", "aws_elb")) {
            for (ResourceInstance lb : module.resources(type)) {
                for (EvaluatedBlock logs : lb.blocks("access_logs")) {
                    deliver.accept(logs.attribute("bucket").map(a -> a.value()).orElse(Value.nullValue()), lb);
                }
            }
        }
        for (ResourceInstance flowLog : module.resources("aws_flow_log")) {
            if (!flowLog.value("log_destination_type").string().map("s3"::equals).orElse(false)) continue;
            deliver.accept(flowLog.value("log_destination"), flowLog);
        }
        for (ResourceInstance source : buckets) {
            for (EvaluatedBlock logging : source.blocks("logging")) {
                deliver.accept(logging.attribute("target_bucket").map(a -> a.value()).orElse(Value.nullValue()), source);
            }
        }
        for (ResourceInstance logging : module.resources(Concern.LOGGING.splitType())) {
            deliver.accept(logging.value("target_bucket"), logging);
        }
        AuditRole none = new AuditRole(unknown.isEmpty() ? Tri.NO : Tri.unknown(List.copyOf(unknown)), Optional.empty());
        Map<String, AuditRole> out = new HashMap<>();
        for (ResourceInstance bucket : buckets) {
            Value tag = bucket.value("tags").get(tagKey);
            if (tag.string().map(t -> t.equalsIgnoreCase("true")).orElse(false)) {
                out.put(bucket.address(), new AuditRole(Tri.YES, Optional.empty()));
            } else {
                out.put(bucket.address(), delivered.getOrDefault(bucket.address(), none));
            }
        }
        return out;
    }

    private static AuditRole found(ResourceInstance because) {
        return new AuditRole(Tri.YES, Optional.of(because));
    }
}
