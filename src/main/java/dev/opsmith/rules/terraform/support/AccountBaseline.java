package dev.opsmith.rules.terraform.support;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.module.ModuleBlock;

import java.util.List;
import java.util.Optional;

/**
 * Recognises the root module that sets up an AWS account's security baseline. Account-level services (GuardDuty,
 * Config, Security Hub, Access Analyzer) are usually enabled once, from a dedicated repository or a central security
 * account; flagging their absence in every application stack would be noise. A root module that already declares
 * one of the baseline resources ({@link #MARKERS}) is where the others are expected too, so the opt-in "missing
 * baseline" rules run only there.
 */
public final class AccountBaseline {

    /** Resource types whose presence marks a root module as an account baseline. */
    public static final List<String> MARKERS = List.of("aws_cloudtrail", "aws_guardduty_detector",
            "aws_config_configuration_recorder", "aws_securityhub_account", "aws_organizations_organization");

    private AccountBaseline() {
    }

    /** Whether {@code module}, scanned as a root module ({@code isRoot}), declares any baseline marker resource. */
    public static boolean isBaselineRoot(EvaluatedModule module, boolean isRoot) {
        return isRoot && firstMarker(module).isPresent();
    }

    /**
     * Where a "missing from the baseline" finding points: the first line of the file that declares the first
     * marker resource (in declaration order), so a module with several files reports once, in a stable place.
     */
    public static Optional<Anchor> anchor(EvaluatedModule module) {
        return firstMarker(module).map(b -> {
            SourceFile file = b.file();
            String first = file.lineCount() == 0 ? "" : file.line(1);
            return new Anchor(file, Span.line(1, first.length()), b.address());
        });
    }

    private static Optional<ModuleBlock> firstMarker(EvaluatedModule module) {
        return module.module().resources().stream().filter(b -> MARKERS.contains(b.labels().get(0))).findFirst();
    }

    /**
     * @param file   the file to report in
     * @param span   its first line
     * @param marker the address of the marker resource that made the module a baseline root
     */
    public record Anchor(SourceFile file, Span span, String marker) {
    }
}
