package dev.opsmith.rules.terraform;

import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a search domain publishes one log type: some {@code log_publishing_options} block with that
 * {@code log_type} and {@code enabled} not false (the provider's default inside the block is true). Shared by the
 * audit-log and application-log rules so they read the blocks the same way.
 */
final class OpenSearchLogPublishing {

    /** The answer: published, not published, or unknown with the reasons. */
    record Answer(boolean published, List<String> unknownReasons) {
        boolean certainlyNot() {
            return !published && unknownReasons.isEmpty();
        }
    }

    private OpenSearchLogPublishing() {
    }

    static Answer of(ResourceInstance domain, String logType) {
        List<String> unknown = new ArrayList<>();
        for (EvaluatedBlock block : domain.blocks("log_publishing_options")) {
            if (block.undecided().isPresent()) {
                unknown.addAll(block.undecided().get().unknownReasons());
                continue;
            }
            Value type = block.attribute("log_type").map(a -> a.value()).orElse(Value.absent("log_type"));
            if (!type.isKnown()) {
                unknown.addAll(type.unknownReasons());
                continue;
            }
            if (!type.string().map(logType::equals).orElse(false)) continue;
            Value enabled = block.attribute("enabled").map(a -> a.value()).orElse(Value.absent("enabled"));
            if (enabled.isAbsent() || enabled.isNull() || enabled.isTrue()) return new Answer(true, List.of());
            if (!enabled.isKnown()) unknown.addAll(enabled.unknownReasons());
        }
        return new Answer(false, List.copyOf(unknown));
    }
}
