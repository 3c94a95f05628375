package dev.opsmith.rules.terraform;

import dev.opsmith.core.SourceFile;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ModuleEvaluator;
import dev.opsmith.format.terraform.eval.ModuleInputs;
import dev.opsmith.format.terraform.hcl.TerraformFiles;
import dev.opsmith.format.terraform.module.ModuleLoader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Following nested block paths to a setting, and where a missing one is reported. */
class NestedBlockTest {

    private static final String CLUSTERS = """
            variable "logs" {
              type = map(string)
            }
            resource "aws_msk_cluster" "full" {
              cluster_name = "payments-events"
              logging_info {
                broker_logs {
                  s3 {
                    enabled = true
                  }
                }
              }
            }
            resource "aws_msk_cluster" "partial" {
              cluster_name = "ledger-stream"
              logging_info {
              }
            }
            resource "aws_msk_cluster" "bare" {
              cluster_name = "fraud-signals"
            }
            resource "aws_msk_cluster" "dynamic" {
              cluster_name = "settlement"
              logging_info {
                dynamic "broker_logs" {
                  for_each = var.logs
                  content {
                  }
                }
              }
            }
            """;

    private static EvaluatedModule evaluate(String text) throws Exception {
        var file = TerraformFiles.parse(SourceFile.of("infra/main.tf", text));
        return ModuleEvaluator.evaluate(ModuleLoader.load("infra", List.of(file)), ModuleInputs.root(Map.of()));
    }

    private static NestedBlock.Result find(EvaluatedModule m, String address) {
        return NestedBlock.find(m.instance(address).orElseThrow(), "logging_info", "broker_logs");
    }

    @Test
    void findsTheBlockAtTheEndOfThePath() throws Exception {
        NestedBlock.Result r = find(evaluate(CLUSTERS), "aws_msk_cluster.full");
        assertThat(r.found()).isTrue();
        assertThat(r.block().orElseThrow().type()).isEqualTo("broker_logs");
        assertThat(r.nearest().line()).isEqualTo(7);
    }

    @Test
    void aMissingStepPointsAtTheDeepestBlockFound() throws Exception {
        EvaluatedModule m = evaluate(CLUSTERS);
        NestedBlock.Result partial = find(m, "aws_msk_cluster.partial");
        assertThat(partial.state()).isEqualTo(NestedBlock.State.MISSING);
        assertThat(partial.nearest().line()).isEqualTo(16);
        assertThat(partial.nearestBlock().orElseThrow().type()).isEqualTo("logging_info");

        NestedBlock.Result bare = find(m, "aws_msk_cluster.bare");
        assertThat(bare.state()).isEqualTo(NestedBlock.State.MISSING);
        assertThat(bare.nearest().line()).isEqualTo(19);
        assertThat(bare.nearestBlock()).isEmpty();
    }

    @Test
    void aDynamicBlockWithUnknownForEachIsUndecided() throws Exception {
        NestedBlock.Result r = find(evaluate(CLUSTERS), "aws_msk_cluster.dynamic");
        assertThat(r.state()).isEqualTo(NestedBlock.State.UNDECIDED);
        assertThat(r.unknownReasons()).anySatisfy(reason -> assertThat(reason).contains("var.logs"));
    }
}
