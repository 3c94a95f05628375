package dev.opsmith.format.terraform.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/** Bad input of every kind ends in a {@link PlanParseException} with a position and what to do, never anything else. */
class PlanReaderErrorsTest {
    private static final String AWS = "/dev/opsmith/format/terraform/plan/aws/plan.json";
    private static final String CHANGED = TerraformDataPlan.DIRECTORY + "changed/plan.json";

    private static Plan read(String text) throws PlanParseException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Plan read(byte[] bytes) throws PlanParseException {
        return new PlanReader().read(new ByteArrayInputStream(bytes), "plan.json");
    }

    private static byte[] bytes(String resource) throws Exception {
        return PlanReaderTest.textOf(resource).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPlanCutShortAnywhereIsAParseErrorWithAPositionInsideTheFile() throws Exception {
        for (String resource : new String[] {AWS, CHANGED}) {
            byte[] plan = bytes(resource);
            for (int cut = 0; cut < plan.length; cut += cut < 300 ? 1 : 23) {
                byte[] truncated = Arrays.copyOf(plan, cut);
                String text = new String(truncated, StandardCharsets.UTF_8);
                int lines = text.split("\n", -1).length;
                try {
                    read(truncated);
                    fail("a plan cut at byte " + cut + " of " + resource + " was read");
                } catch (PlanParseException e) {
                    assertThat(e.line()).as("line of the error at cut %d: %s", cut, e.getMessage())
                            .isBetween(1, lines);
                    assertThat(e.getMessage()).as("cut %d", cut).contains("terraform show -json");
                }
            }
        }
    }

    @Test
    void garbledPlansAreReadOrRejectedButNeverThrowAnythingElse() throws Exception {
        byte[] plan = bytes(AWS);
        Random random = new Random(20261127);
        byte[] garbage = "{}[]\",:0-e.tfnu\\ \n\u00e9x".getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 1000; round++) {
            byte[] garbled = plan.clone();
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                garbled[random.nextInt(garbled.length)] = garbage[random.nextInt(garbage.length)];
            }
            try {
                read(garbled);
            } catch (PlanParseException e) {
                assertThat(e.span()).isNotNull();
            }
        }
    }

    @Test
    void anEmptyFileIsNotAPlan() {
        assertThatThrownBy(() -> read("")).isInstanceOf(PlanParseException.class)
                .hasMessageStartingWith("the plan JSON is empty");
        assertThatThrownBy(() -> read("  \n")).isInstanceOf(PlanParseException.class)
                .hasMessageStartingWith("the plan JSON is empty");
    }

    @Test
    void otherJsonIsNotAPlan() {
        assertThatThrownBy(() -> read("[1, 2]")).isInstanceOf(PlanParseException.class)
                .hasMessageStartingWith("not a Terraform plan JSON: expected an object at the top");
        assertThatThrownBy(() -> read("{\"region\": \"eu-west-1\"}")).isInstanceOf(PlanParseException.class)
                .hasMessageStartingWith("not a Terraform plan JSON: there is no \"format_version\"");
    }

    @Test
    void aStateFileIsNotTakenForAPlan() {
        String state = "{\"format_version\":\"1.0\",\"terraform_version\":\"1.11.4\",\"values\":{\"root_module\":{}}}";
        assertThatThrownBy(() -> read(state)).isInstanceOf(PlanParseException.class)
                .hasMessageContaining("a state file?");
    }

    @Test
    void anUnsupportedFormatVersionIsRefusedAtTheVersion() {
        String plan = "{\n  \"format_version\": \"2.0\",\n  \"terraform_version\": \"2.1.0\",\n"
                + "  \"resource_changes\": []\n}";
        assertThatThrownBy(() -> read(plan)).isInstanceOfSatisfying(PlanParseException.class, e -> {
            assertThat(e.getMessage()).startsWith("unsupported plan JSON format_version \"2.0\": opsmith reads "
                    + "format 1.x");
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(21);
        });
    }

    @Test
    void contentAfterThePlanIsAnError() throws Exception {
        String plan = PlanReaderTest.textOf(CHANGED).strip() + "\n{}";
        assertThatThrownBy(() -> read(plan)).isInstanceOfSatisfying(PlanParseException.class, e -> {
            assertThat(e.getMessage()).startsWith("unexpected content after the end of the plan JSON object");
            assertThat(e.line()).isEqualTo(2);
        });
    }

    @Test
    void aMalformedAddressIsReportedWhereItIsWritten() {
        String plan = "{\"format_version\":\"1.2\",\"terraform_version\":\"1.11.4\",\n\"resource_changes\":[\n"
                + "{\"address\":\"aws_s3_bucket\",\"change\":{\"actions\":[\"create\"],\"after\":{}}}]}";
        assertThatThrownBy(() -> read(plan)).isInstanceOfSatisfying(PlanParseException.class, e -> {
            assertThat(e.getMessage()).startsWith("not a resource address: expected \".\" at column 14");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(12);
        });
    }

    @Test
    void aChangeWithoutActionsIsAnError() {
        String plan = "{\"format_version\":\"1.2\",\"terraform_version\":\"1.11.4\",\"resource_changes\":["
                + "{\"address\":\"a.b\",\"change\":{\"after\":{}}}]}";
        assertThatThrownBy(() -> read(plan)).isInstanceOf(PlanParseException.class)
                .hasMessageStartingWith("the resource change a.b has no \"change\".\"actions\"");
    }

    @Test
    void invalidJsonNamesTheProblemButNotTheTextWhichMayBeASecret() {
        String plan = "{\"format_version\":\"1.2\",\"terraform_version\":\"1.11.4\",\"resource_changes\":["
                + "{\"address\":\"a.b\",\"change\":{\"actions\":[\"create\"],\"after\":{\"password\": Ledger-db-2026}}}]}";
        assertThatThrownBy(() -> read(plan)).isInstanceOfSatisfying(PlanParseException.class, e -> {
            assertThat(e.getMessage()).startsWith("invalid plan JSON: ").doesNotContain("Ledger");
            assertThat(e.line()).isEqualTo(1);
        });
    }

    @Test
    void aStreamLargerThanTheLimitIsRefused() throws Exception {
        byte[] plan = bytes(CHANGED);
        PlanReader small = new PlanReader(4096);
        assertThatThrownBy(() -> small.read(new ByteArrayInputStream(plan), "plan.json"))
                .isInstanceOf(PlanParseException.class)
                .hasMessageStartingWith("the plan JSON is larger than the plan size limit of 4096 bytes; "
                        + "raise the plan size limit");
        assertThat(new PlanReader(plan.length).read(new ByteArrayInputStream(plan), "plan.json")
                .resourceChanges()).hasSize(7);
        assertThat(new PlanReader().maxBytes()).isEqualTo(200L * 1024 * 1024);
    }

    @Test
    void deeplyNestedValuesAreRefusedNotOverflowed() {
        String plan = "{\"format_version\":\"1.2\",\"terraform_version\":\"1.11.4\",\"resource_changes\":["
                + "{\"address\":\"a.b\",\"change\":{\"actions\":[\"create\"],\"after\":" + "[".repeat(100_000);
        assertThatThrownBy(() -> read(plan)).isInstanceOfSatisfying(PlanParseException.class, e -> {
            assertThat(e.getMessage()).startsWith("invalid plan JSON: ");
            assertThat(e.line()).isEqualTo(1);
        });
    }

    @Test
    void theCallersStreamIsLeftOpen() throws Exception {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(bytes(CHANGED)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new PlanReader().read(in, "plan.json");
        assertThat(closed[0]).isFalse();
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.json");
        Files.write(file, bytes(CHANGED));
        assertThatThrownBy(() -> new PlanReader(1000).read(file, "plan.json"))
                .isInstanceOf(PlanParseException.class)
                .hasMessageContaining("larger than the plan size limit of 1000 bytes (" + Files.size(file)
                        + " bytes)");
        assertThat(new PlanReader().read(file, "plan.json").resourceChanges()).hasSize(7);
        assertThatThrownBy(() -> new PlanReader().read(dir.resolve("missing.json"), "missing.json"))
                .isInstanceOf(PlanParseException.class)
                .hasMessageStartingWith("the plan file does not exist");
    }

    @Test
    void readsUtf16WithAByteOrderMarkAsWindowsPowerShellWritesIt() throws Exception {
        String text = PlanReaderTest.textOf(AWS);
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Plan plan = read(withBom);
        assertThat(plan.resourceChanges()).hasSize(6);
        assertThat(plan.change("aws_db_instance.ledger").orElseThrow().span().line()).isEqualTo(93);

        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] utf8WithBom = new byte[utf8.length + 3];
        utf8WithBom[0] = (byte) 0xEF;
        utf8WithBom[1] = (byte) 0xBB;
        utf8WithBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, utf8WithBom, 3, utf8.length);
        assertThat(read(utf8WithBom).resourceChanges()).hasSize(6);
    }
}
