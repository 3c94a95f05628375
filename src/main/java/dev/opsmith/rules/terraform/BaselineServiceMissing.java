package dev.opsmith.rules.terraform;

import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.AccountBaseline;

import java.util.List;

/**
 * The check shared by the opt-in "account baseline without service X" rules: in a root module that
 * {@link AccountBaseline} recognises as an account baseline, none of the service's resource types is declared. The
 * finding points at the first line of the file holding the first baseline resource, once per module.
 */
final class BaselineServiceMissing {

    private BaselineServiceMissing() {
    }

    /**
     * @param types   resource types any one of which enables the service (declared, whatever their count)
     * @param message what is missing and what to add; the marker address is appended as evidence
     */
    static void check(EvaluatedModule module, TerraformRule.Reporter reporter, List<String> types, String message) {
        if (!AccountBaseline.isBaselineRoot(module, reporter.isRoot())) return;
        for (String type : types) {
            if (!module.module().resources(type).isEmpty()) return;
        }
        AccountBaseline.anchor(module)
                .filter(anchor -> reporter.inThisFile(anchor.file()))
                .ifPresent(anchor -> reporter.report(anchor.span(), message + " (this root is an account baseline: "
                        + "it declares " + anchor.marker() + ")"));
    }
}
