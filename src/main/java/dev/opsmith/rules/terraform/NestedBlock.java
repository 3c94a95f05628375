package dev.opsmith.rules.terraform;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.ResourceInstance;

import java.util.List;
import java.util.Optional;

/**
 * Follows a path of nested blocks ({@code encryption_info → encryption_in_transit}) to the first block at each step,
 * for rules about settings several blocks deep. When a step is missing, the answer carries the nearest block that
 * exists (else the resource header), which is where "where a finding points" says a missing setting is reported;
 * a {@code dynamic} block with an unknown {@code for_each} on the way makes the answer undecided.
 */
final class NestedBlock {

    enum State { FOUND, MISSING, UNDECIDED }

    /**
     * @param block          the block at the end of the path, when found
     * @param nearest        the span of the deepest block found on the path (the resource header when none)
     * @param nearestBlock   that deepest block, when any
     * @param unknownReasons why the path could not be followed, when undecided
     */
    record Result(State state, Optional<EvaluatedBlock> block, Span nearest, Optional<EvaluatedBlock> nearestBlock,
                  List<String> unknownReasons) {
        boolean found() {
            return state == State.FOUND;
        }
    }

    private NestedBlock() {
    }

    static Result find(ResourceInstance resource, String... path) {
        List<EvaluatedBlock> candidates = resource.blocks(path[0]);
        Span nearest = resource.block().header();
        Optional<EvaluatedBlock> nearestBlock = Optional.empty();
        for (int i = 0; i < path.length; i++) {
            if (i > 0) candidates = nearestBlock.get().blocks(path[i]);
            if (candidates.isEmpty()) return new Result(State.MISSING, Optional.empty(), nearest, nearestBlock, List.of());
            EvaluatedBlock block = candidates.get(0);
            Span span = block.source().node().typeSpan();
            if (block.undecided().isPresent()) {
                return new Result(State.UNDECIDED, Optional.empty(), span, Optional.of(block),
                        block.undecided().get().unknownReasons());
            }
            nearest = span;
            nearestBlock = Optional.of(block);
        }
        return new Result(State.FOUND, nearestBlock, nearest, nearestBlock, List.of());
    }
}
