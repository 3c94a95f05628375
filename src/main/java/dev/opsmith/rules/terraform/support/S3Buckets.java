package dev.opsmith.rules.terraform.support;

import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One view per {@code aws_s3_bucket} instance that puts together the two ways the AWS provider configures a bucket:
 * the inline blocks and arguments of provider v3 ({@code versioning { … }} on the bucket) and the split resources
 * of v4 and later ({@code aws_s3_bucket_versioning} naming the bucket). S3 rules ask a {@link Facet} whether a
 * concern is configured at all, and read the inline part or the split resources to judge how.
 * <p>
 * A split resource belongs to a bucket when its {@code bucket} argument links to it ({@link References#link}).
 * One whose {@code bucket} is unknown might belong to any bucket: every bucket that otherwise lacks that facet gets
 * {@link State#UNKNOWN} for it, so that rules say "could not be decided" rather than "missing". One naming a bucket
 * outside the scan belongs to no view; rules judge the values of split resources on their own.
 */
public final class S3Buckets {

    /** Whether a bucket has a facet: configured (inline or split), certainly not, or perhaps by an unlinked resource. */
    public enum State { PRESENT, MISSING, UNKNOWN }

    /** A concern configured on a bucket, with its inline block types or arguments (v3) and its split resource (v4+). */
    public enum Concern {
        ENCRYPTION(List.of("server_side_encryption_configuration"), List.of(),
                "aws_s3_bucket_server_side_encryption_configuration"),
        VERSIONING(List.of("versioning"), List.of(), "aws_s3_bucket_versioning"),
        LOGGING(List.of("logging"), List.of(), "aws_s3_bucket_logging"),
        LIFECYCLE(List.of("lifecycle_rule"), List.of(), "aws_s3_bucket_lifecycle_configuration"),
        OBJECT_LOCK(List.of("object_lock_configuration"), List.of(), "aws_s3_bucket_object_lock_configuration"),
        POLICY(List.of(), List.of("policy"), "aws_s3_bucket_policy"),
        ACL(List.of("grant"), List.of("acl"), "aws_s3_bucket_acl"),
        PUBLIC_ACCESS_BLOCK(List.of(), List.of(), "aws_s3_bucket_public_access_block"),
        OWNERSHIP(List.of(), List.of(), "aws_s3_bucket_ownership_controls"),
        WEBSITE(List.of("website"), List.of(), "aws_s3_bucket_website_configuration"),
        REPLICATION(List.of("replication_configuration"), List.of(), "aws_s3_bucket_replication_configuration"),
        NOTIFICATIONS(List.of(), List.of(), "aws_s3_bucket_notification");

        private final List<String> inlineBlocks;
        private final List<String> inlineAttributes;
        private final String splitType;

        Concern(List<String> inlineBlocks, List<String> inlineAttributes, String splitType) {
            this.inlineBlocks = inlineBlocks;
            this.inlineAttributes = inlineAttributes;
            this.splitType = splitType;
        }

        /** The v4+ resource type that configures this concern for a bucket it names. */
        public String splitType() {
            return splitType;
        }
    }

    /**
     * One concern of one bucket.
     *
     * @param inlineBlocks     the v3 blocks written on the bucket ({@code dynamic} ones included, possibly undecided)
     * @param inlineAttributes the v3 arguments written on the bucket, null values left out
     * @param split            the split resources linked to the bucket; when there are any, they decide
     * @param unknownReasons   why the facet may be configured by a split resource that could not be linked
     */
    public record Facet(Concern concern, List<EvaluatedBlock> inlineBlocks, List<EvaluatedAttribute> inlineAttributes,
                        List<ResourceInstance> split, List<String> unknownReasons) {

        public Facet {
            inlineBlocks = List.copyOf(inlineBlocks);
            inlineAttributes = List.copyOf(inlineAttributes);
            split = List.copyOf(split);
            unknownReasons = List.copyOf(unknownReasons);
        }

        /**
         * PRESENT when a split resource or an inline block or argument configures it; UNKNOWN when only a dynamic
         * block whose {@code for_each} is unknown, or an unlinkable split resource, might; MISSING otherwise.
         */
        public State state() {
            if (!split.isEmpty() || !inlineAttributes.isEmpty()) return State.PRESENT;
            if (inlineBlocks.stream().anyMatch(b -> b.undecided().isEmpty())) return State.PRESENT;
            return inlineBlocks.isEmpty() && unknownReasons.isEmpty() ? State.MISSING : State.UNKNOWN;
        }

        /** Why the facet is UNKNOWN: the unknown inputs of undecided dynamic blocks and of unlinked resources. */
        public List<String> reasons() {
            if (inlineBlocks.stream().allMatch(b -> b.undecided().isEmpty())) return unknownReasons;
            List<String> reasons = new ArrayList<>();
            for (EvaluatedBlock b : inlineBlocks) b.undecided().ifPresent(v -> reasons.addAll(v.unknownReasons()));
            reasons.addAll(unknownReasons);
            return List.copyOf(new java.util.LinkedHashSet<>(reasons));
        }

        /** Whether the split resources decide (they take precedence over the inline form when both exist). */
        public boolean bySplitResource() {
            return !split.isEmpty();
        }

        /** Whether the facet is written both inline and by a split resource. */
        public boolean isConflicting() {
            return !split.isEmpty() && (!inlineBlocks.isEmpty() || !inlineAttributes.isEmpty());
        }

        public Optional<EvaluatedAttribute> inlineAttribute(String name) {
            return inlineAttributes.stream().filter(a -> a.name().equals(name)).findFirst();
        }
    }

    /** A bucket and its facets. */
    public record BucketView(ResourceInstance bucket, Map<Concern, Facet> facets) {
        public BucketView {
            facets = java.util.Collections.unmodifiableMap(new EnumMap<>(facets));
        }

        public Facet facet(Concern concern) {
            return facets.get(concern);
        }

        /** The bucket's resource address without instance key, for messages. */
        public String name() {
            return bucket.block().address();
        }
    }

    private S3Buckets() {
    }

    /** The views of every {@code aws_s3_bucket} instance of the module, in declaration order. */
    public static List<BucketView> of(EvaluatedModule module) {
        List<ResourceInstance> buckets = module.resources("aws_s3_bucket");
        Map<String, Map<Concern, List<ResourceInstance>>> linked = new LinkedHashMap<>();
        Map<Concern, List<String>> unlinkable = new EnumMap<>(Concern.class);
        References.Index index = References.index(buckets, "bucket");
        for (Concern concern : Concern.values()) {
            for (ResourceInstance split : module.resources(concern.splitType)) {
                Link link = index.link(split.value("bucket"));
                if (link.isLinked()) {
                    linked.computeIfAbsent(link.target().orElseThrow().address(), k -> new EnumMap<>(Concern.class))
                            .computeIfAbsent(concern, k -> new ArrayList<>()).add(split);
                } else if (link.isUnknown()) {
                    unlinkable.computeIfAbsent(concern, k -> new ArrayList<>()).addAll(link.unknownReasons());
                }
            }
        }
        // one immutable list per concern, shared by every bucket's facet rather than copied for each
        unlinkable.replaceAll((concern, reasons) -> List.copyOf(new java.util.LinkedHashSet<>(reasons)));
        List<BucketView> views = new ArrayList<>();
        for (ResourceInstance bucket : buckets) {
            Map<Concern, List<ResourceInstance>> mine = linked.getOrDefault(bucket.address(), Map.of());
            Map<Concern, Facet> facets = new EnumMap<>(Concern.class);
            for (Concern concern : Concern.values()) {
                List<EvaluatedBlock> blocks = new ArrayList<>();
                for (String type : concern.inlineBlocks) blocks.addAll(bucket.blocks(type));
                List<EvaluatedAttribute> attributes = new ArrayList<>();
                for (String name : concern.inlineAttributes) {
                    bucket.attribute(name).filter(a -> !a.value().isNull()).ifPresent(attributes::add);
                }
                facets.put(concern, new Facet(concern, blocks, attributes, mine.getOrDefault(concern, List.of()),
                        unlinkable.getOrDefault(concern, List.of())));
            }
            views.add(new BucketView(bucket, facets));
        }
        return List.copyOf(views);
    }

    /** Which bucket of the scan a split resource (or any resource with a {@code bucket} argument) configures. */
    public static Link bucketOf(ResourceInstance split, List<ResourceInstance> buckets) {
        return References.link(split.value("bucket"), buckets, "bucket");
    }
}
