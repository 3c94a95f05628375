package dev.opsmith.format.kubernetes.schema;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KubeVersionTest {
    @Test
    void parsesMinorAndPatchForms() {
        assertThat(KubeVersion.parse("1.31")).isEqualTo(new KubeVersion(1, 31));
        assertThat(KubeVersion.parse("v1.31.2")).isEqualTo(new KubeVersion(1, 31));
        assertThat(KubeVersion.parse(" v1.9 ")).isEqualTo(new KubeVersion(1, 9));
        assertThat(KubeVersion.parse("1.30.0-rc.1")).isEqualTo(new KubeVersion(1, 30));
        assertThat(KubeVersion.parse("v1.28.3+k3s1")).isEqualTo(new KubeVersion(1, 28));
    }

    @Test
    void rejectsWhatIsNotAVersionWithAHint() {
        for (String bad : new String[] {"", "1", "latest", "1.x", "v1.31.2.4", "0.9"}) {
            assertThatThrownBy(() -> KubeVersion.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a Kubernetes version");
        }
        assertThatThrownBy(() -> KubeVersion.parse("1.x")).hasMessageContaining("expected e.g. 1.31");
    }

    @Test
    void ordersNumericallyNotLexically() {
        assertThat(KubeVersion.parse("1.9")).isLessThan(KubeVersion.parse("1.10"));
        assertThat(KubeVersion.parse("1.22").isAtLeast(KubeVersion.parse("1.22"))).isTrue();
        assertThat(KubeVersion.parse("1.21").isAtLeast(KubeVersion.parse("1.22"))).isFalse();
        assertThat(KubeVersion.CURRENT.toString()).isEqualTo("1.36");
    }
}
