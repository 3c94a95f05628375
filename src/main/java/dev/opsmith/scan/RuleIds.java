package dev.opsmith.scan;

import dev.opsmith.core.RuleMeta;
import dev.opsmith.rules.Rules;
import dev.opsmith.suppress.Suppressions;

import java.util.List;

/** Resolves rule ids (ours or a peer's) for suppressions, configuration and the command line. */
public final class RuleIds {
    public static final Suppressions.RuleResolver RESOLVER = new Suppressions.RuleResolver() {
        @Override
        public List<RuleMeta> apply(String id) {
            return Rules.resolve(id);
        }

        @Override
        public boolean viaWildcard(RuleMeta meta, String peerId) {
            return !meta.id().equalsIgnoreCase(peerId) && Rules.isPeerWildcard(meta, peerId);
        }
    };

    private RuleIds() {
    }
}
