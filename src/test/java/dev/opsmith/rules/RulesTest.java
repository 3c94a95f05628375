package dev.opsmith.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RulesTest {
    @Test
    void trivySpellingsAreOneId() {
        assertThat(Rules.canonicalPeerId("AVD-DS-0002")).isEqualTo("DS002");
        assertThat(Rules.canonicalPeerId("ds-0029")).isEqualTo("DS029");
        assertThat(Rules.canonicalPeerId("DS001")).isEqualTo("DS001");
        assertThat(Rules.canonicalPeerId("dl3008")).isEqualTo("DL3008");
        assertThat(Rules.canonicalPeerId("CKV_DOCKER_3")).isEqualTo("CKV_DOCKER_3");
    }

    @Test
    void ourIdsResolveInAnyCase() {
        assertThat(Rules.resolve("parse")).extracting(m -> m.id()).containsExactly("PARSE");
        assertThat(Rules.resolve("NOPE")).isEmpty();
    }
}
