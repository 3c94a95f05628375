package dev.opsmith.rules.dockerfile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SetuidSetgidBitAddedTest {
    @Test
    void modesThatAddSetuidOrSetgid() {
        for (String m : new String[] {"4755", "2755", "6755", "04755", "7777", "u+s", "g+s", "+s", "a+s", "ug=rwxs",
                "u+x,g+s", "u=rwx,g=rxs"}) {
            assertThat(SetuidSetgidBitAdded.addsSetId(m)).as(m).isTrue();
        }
    }

    @Test
    void modesThatDoNot() {
        for (String m : new String[] {"755", "0755", "1777", "01777", "u-s", "g-s", "o+s", "u+x", "a+rX", "u-s,g-s",
                "$MODE", ""}) {
            assertThat(SetuidSetgidBitAdded.addsSetId(m)).as(m).isFalse();
        }
    }
}
