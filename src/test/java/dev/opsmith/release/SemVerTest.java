package dev.opsmith.release;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SemVerTest {

    @Test
    void parsesTheFullGrammar() {
        SemVer v = SemVer.parse("1.3.0-rc.1+build.5").orElseThrow();
        assertThat(v.major()).isEqualTo(1);
        assertThat(v.minor()).isEqualTo(3);
        assertThat(v.preRelease()).containsExactly("rc", "1");
        assertThat(v.build()).isEqualTo("build.5");
        assertThat(v).hasToString("1.3.0-rc.1+build.5");
    }

    @Test
    void rejectsWhatTheSpecificationRejects() {
        for (String bad : List.of("1.2", "v1.2.3", "01.2.3", "1.2.3-01", "1.2.3-", "1.2.3+", "1.2.3-rc..1", "latest", "")) {
            assertThat(SemVer.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void ordersByPrecedenceAsSemVer2Lists() {
        List<String> expected = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
                "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "2.0.0");
        List<SemVer> shuffled = new ArrayList<>(expected.stream().map(s -> SemVer.parse(s).orElseThrow()).toList());
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertThat(shuffled).extracting(SemVer::toString).containsExactlyElementsOf(expected);
    }

    @Test
    void buildMetadataDoesNotAffectPrecedence() {
        assertThat(SemVer.parse("1.0.0+a").orElseThrow().compareTo(SemVer.parse("1.0.0+b").orElseThrow())).isZero();
    }

    @Test
    void bumpsResetLowerParts() {
        SemVer v = SemVer.parse("1.2.3-rc.1").orElseThrow();
        assertThat(v.bump(Bump.MAJOR)).hasToString("2.0.0");
        assertThat(v.bump(Bump.MINOR)).hasToString("1.3.0");
        assertThat(v.bump(Bump.PATCH)).hasToString("1.2.4");
        assertThat(v.bump(Bump.NONE)).hasToString("1.2.3");
    }
}
