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
import java.util.List;
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

    static AuditRole of(EvaluatedModule module, BucketView bucket, String tagKey) {
        Value tag = bucket.bucket().value("tags").get(tagKey);
        if (tag.string().map(t -> t.equalsIgnoreCase("true")).orElse(false)) {
            return new AuditRole(Tri.YES, Optional.empty());
        }
        List<String> unknown = new ArrayList<>();
        Delivery self = new Delivery(bucket.bucket(), module.resources("aws_s3_bucket"));
        for (ResourceInstance trail : module.resources("aws_cloudtrail")) {
            if (delivers(trail.value("s3_bucket_name"), self, unknown)) return found(trail);
        }
        for (ResourceInstance channel : module.resources("aws_config_delivery_channel")) {
            if (delivers(channel.value("s3_bucket_name"), self, unknown)) return found(channel);
        }
        for (String type : List.of("aws_lb", "aws_alb", "aws_elb")) {
            for (ResourceInstance lb : module.resources(type)) {
                for (EvaluatedBlock logs : lb.blocks("access_logs")) {
                    Value target = logs.attribute("bucket").map(a -> a.value()).orElse(Value.nullValue());
                    if (delivers(target, self, unknown)) return found(lb);
                }
            }
        }
        for (ResourceInstance flowLog : module.resources("aws_flow_log")) {
            if (!flowLog.value("log_destination_type").string().map("s3"::equals).orElse(false)) continue;
            if (delivers(flowLog.value("log_destination"), self, unknown)) return found(flowLog);
        }
        for (ResourceInstance source : module.resources("aws_s3_bucket")) {
            for (EvaluatedBlock logging : source.blocks("logging")) {
                Value target = logging.attribute("target_bucket").map(a -> a.value()).orElse(Value.nullValue());
                if (delivers(target, self, unknown)) return found(source);
            }
        }
        for (ResourceInstance logging : module.resources(Concern.LOGGING.splitType())) {
            if (delivers(logging.value("target_bucket"), self, unknown)) return found(logging);
        }
        return new AuditRole(unknown.isEmpty() ? Tri.NO : Tri.unknown(unknown), Optional.empty());
    }

    private static AuditRole found(ResourceInstance because) {
        return new AuditRole(Tri.YES, Optional.of(because));
    }

    /** The bucket asked about and every bucket of the module, so that a reference to another bucket is "no". */
    private record Delivery(ResourceInstance bucket, List<ResourceInstance> buckets) {
    }

    private static boolean delivers(Value target, Delivery self, List<String> unknown) {
        Link link = References.link(target, self.buckets(), "bucket", "arn");
        if (link.isUnknown()) unknown.addAll(link.unknownReasons());
        return link.linksTo(self.bucket());
    }
}
