package dev.opsmith.rules.terraform;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.List;
import java.util.Optional;

/**
 * The check shared by rules that want one boolean setting on a resource or nested block to hold a given value.
 * An attribute that is not written (or written as {@code null}) takes the provider default; a written one is judged
 * only when known, and only in the file that wrote it; an unknown one is left undecided at its value.
 */
final class ExpectedFlag {

    private ExpectedFlag() {
    }

    /**
     * @param missingAt    where to report when the attribute is absent and the default is not the wanted value
     * @param attribute    the attribute, when written
     * @param wanted       the compliant value
     * @param defaultValue what the provider uses when the attribute is absent or null
     * @param absent       the message when absent (and the default is wrong)
     * @param wrong        the message when written with the wrong value
     * @param question     what could not be decided, for an unknown value
     */
    static void check(TerraformRule.Reporter reporter, Span missingAt, Optional<EvaluatedAttribute> attribute,
                      boolean wanted, boolean defaultValue, String absent, String wrong, String question) {
        if (attribute.isEmpty() || attribute.get().value().isNull()) {
            if (defaultValue != wanted) reporter.report(missingAt, absent);
            return;
        }
        if (!reporter.inThisFile(attribute.get())) return;
        Value v = attribute.get().value();
        Span at = attribute.get().source().node().span();
        Optional<Boolean> bool = v.bool();
        if (bool.isPresent()) {
            if (bool.get() != wanted) reporter.report(at, wrong);
        } else if (!v.isKnown()) {
            reporter.undecided(at, question, v.unknownReasons());
        }
    }

    /**
     * The same check on {@code enabled}-style attributes of a nested block that must exist: a missing block is
     * reported at the resource, a missing attribute at the block, a {@code dynamic} block with an unknown
     * {@code for_each} is left undecided.
     */
    static void checkInBlock(TerraformRule.Reporter reporter, ResourceInstance resource, String blockType,
                             String attributeName, boolean defaultValue, String noBlock, String absent,
                             String wrong, String question) {
        List<EvaluatedBlock> blocks = resource.blocks(blockType);
        if (blocks.isEmpty()) {
            reporter.report(resource.block().header(), noBlock);
            return;
        }
        EvaluatedBlock block = blocks.get(0);
        if (!reporter.inThisFile(block.source().file())) return;
        Span blockSpan = block.source().node().typeSpan();
        if (block.undecided().isPresent()) {
            reporter.undecided(blockSpan, question, block.undecided().get().unknownReasons());
            return;
        }
        check(reporter, blockSpan, block.attribute(attributeName), true, defaultValue, absent, wrong, question);
    }

    /** Whether an instance is a read replica: it takes encryption, backups and placement from its source. */
    static boolean isReplica(ResourceInstance db) {
        Value replica = db.value("replicate_source_db");
        return !replica.isAbsent() && !replica.isNull();
    }
}
