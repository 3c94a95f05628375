package dev.opsmith.rules.terraform;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.S3Buckets;
import dev.opsmith.rules.terraform.support.S3Buckets.BucketView;
import dev.opsmith.rules.terraform.support.S3Buckets.Concern;
import dev.opsmith.rules.terraform.support.S3Buckets.Facet;
import dev.opsmith.rules.terraform.support.S3Buckets.State;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Steps every S3 rule repeats: the buckets declared in the scanned file, "this facet is missing" at the bucket
 * header (undecided when an unlinkable split resource might configure it), and the split resources of the scanned
 * file, which are judged on their own values whether or not their bucket is part of the scan.
 */
final class S3Checks {

    private S3Checks() {
    }

    /** The views of the buckets declared in the scanned file. */
    static List<BucketView> buckets(EvaluatedModule module, TerraformRule.Reporter reporter) {
        return S3Buckets.of(module).stream().filter(b -> reporter.inThisFile(b.bucket().block().file())).toList();
    }

    /**
     * Reports {@code missing} at the bucket header when the facet is MISSING, leaves it undecided when UNKNOWN.
     *
     * @return the facet's state
     */
    static State requirePresent(TerraformRule.Reporter reporter, BucketView bucket, Concern concern, String missing,
                                String question) {
        Facet facet = bucket.facet(concern);
        State state = facet.state();
        if (state == State.MISSING) {
            reporter.report(bucket.bucket().block().header(), missing);
        } else if (state == State.UNKNOWN) {
            reporter.undecided(bucket.bucket().block().header(), question, facet.reasons());
        }
        return state;
    }

    /** The inline blocks of a present facet to judge: none when split resources decide. */
    static List<EvaluatedBlock> inlineToJudge(TerraformRule.Reporter reporter, Facet facet) {
        if (facet.bySplitResource()) return List.of();
        return facet.inlineBlocks().stream().filter(b -> reporter.inThisFile(b.source().file())).toList();
    }

    /** The split resources of a concern declared in the scanned file, linked to a bucket of the scan or not. */
    static List<ResourceInstance> splitInThisFile(EvaluatedModule module, TerraformRule.Reporter reporter,
                                                  Concern concern) {
        return reporter.resources(module, concern.splitType());
    }

    /** The nested blocks along a path of block types (such as {@code rule}, then its default-encryption block). */
    static List<EvaluatedBlock> nested(List<EvaluatedBlock> from, String... path) {
        List<EvaluatedBlock> level = from;
        for (String type : path) {
            List<EvaluatedBlock> next = new ArrayList<>();
            for (EvaluatedBlock b : level) next.addAll(b.blocks(type));
            level = next;
        }
        return level;
    }

    static List<EvaluatedBlock> nested(ResourceInstance resource, String first, String... rest) {
        return nested(resource.blocks(first), rest);
    }

    /**
     * Whether versioning is enabled on a bucket: empty when that depends on an unknown value, which
     * {@code unknownReasons} then receives.
     */
    static Optional<Boolean> versioned(BucketView bucket, List<String> unknownReasons) {
        Facet facet = bucket.facet(Concern.VERSIONING);
        if (facet.state() == State.MISSING) return Optional.of(false);
        if (facet.state() == State.UNKNOWN) {
            unknownReasons.addAll(facet.reasons());
            return Optional.empty();
        }
        List<Value> flags = new ArrayList<>();
        if (facet.bySplitResource()) {
            for (ResourceInstance split : facet.split()) {
                for (EvaluatedBlock config : split.blocks("versioning_configuration")) {
                    Value status = config.attribute("status").map(EvaluatedAttribute::value)
                            .orElse(Value.nullValue());
                    flags.add(status.isKnown() ? Value.of(status.string().map("Enabled"::equals).orElse(false))
                            : status);
                }
            }
        } else {
            for (EvaluatedBlock block : facet.inlineBlocks()) {
                flags.add(block.undecided().orElseGet(() -> block.attribute("enabled")
                        .map(EvaluatedAttribute::value).orElse(Value.of(false))));
            }
        }
        List<String> unknown = new ArrayList<>();
        for (var flag : flags) {
            if (flag.isTrue()) return Optional.of(true);
            if (!flag.isKnown() && !flag.isAbsent()) unknown.addAll(flag.unknownReasons());
        }
        if (unknown.isEmpty()) return Optional.of(false);
        unknownReasons.addAll(unknown);
        return Optional.empty();
    }

    static Span span(EvaluatedAttribute attribute) {
        return attribute.source().node().span();
    }

    static Span span(EvaluatedBlock block) {
        return block.source().node().typeSpan();
    }

    static Optional<String> text(EvaluatedAttribute attribute) {
        return attribute.value().string();
    }
}
